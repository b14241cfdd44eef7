package io.o2o.fulfilment.simulator.erp;

import io.o2o.fulfilment.simulator.FirstAnswers;
import io.o2o.fulfilment.simulator.IdempotentJournal;
import io.o2o.fulfilment.simulator.SimulatorException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulated ERP's sales journal. A sale is booked once per idempotency key; a repeated
 * posting gets the first document back. Like a real ERP it refuses a sale whose total does not
 * add up.
 */
@Component
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class ErpSimulator {

    /** The ERP keeps its books in Vietnam time: that decides the year in a document number. */
    private static final ZoneId BOOKS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;
    private final IdempotentJournal<PostedSale> journal = new IdempotentJournal<>();

    ErpSimulator(Clock clock) {
        this.clock = clock;
    }

    /** Books the sale, or returns the sale booked earlier under the same key. */
    FirstAnswers.Answer<PostedSale> post(String idempotencyKey, SaleRequest sale) {
        return journal.record(idempotencyKey, sequence -> book(sequence, idempotencyKey, sale));
    }

    private PostedSale book(int sequence, String idempotencyKey, SaleRequest sale) {
        long linesTotal = sale.lines().stream().mapToLong(SaleRequest.SaleLine::amount).sum();
        if (linesTotal != sale.totalAmount()) {
            throw SimulatorException.unprocessable("total %d does not match the sum of the lines %d"
                    .formatted(sale.totalAmount(), linesTotal));
        }
        Instant now = clock.instant();
        String documentNumber = "SO-%d-%06d".formatted(now.atZone(BOOKS_ZONE).getYear(), sequence);
        return new PostedSale(documentNumber, idempotencyKey, sale.orderNumber(), sale.storeId(), sale.soldAt(),
                sale.tender(), sale.totalAmount(), sale.lines(), now);
    }

    /** Booked sales in booking order, of one order or of all when {@code orderNumber} is null. */
    List<PostedSale> sales(String orderNumber) {
        return journal.entries(s -> orderNumber == null || orderNumber.equals(s.orderNumber()));
    }

    record PostedSale(String documentNumber, String idempotencyKey, String orderNumber, String storeId,
            Instant soldAt, String tender, long totalAmount, List<SaleRequest.SaleLine> lines, Instant recordedAt) {
    }
}
