package io.o2o.fulfilment.simulator.erp;

import io.o2o.fulfilment.simulator.FirstAnswers;
import io.o2o.fulfilment.simulator.SimulatorException;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated ERP's sales journal. A sale is booked once per idempotency key; a repeated
 * posting gets the first document back. Like a real ERP it refuses a sale whose total does not
 * add up.
 */
class ErpSimulator {

    private final Clock clock;
    private final List<PostedSale> journal = new ArrayList<>();
    private final FirstAnswers answers = new FirstAnswers();
    private int sequence;

    ErpSimulator(Clock clock) {
        this.clock = clock;
    }

    /** Books the sale, or returns the sale booked earlier under the same key. */
    synchronized FirstAnswers.Answer<PostedSale> post(String idempotencyKey, SaleRequest sale) {
        return answers.once(idempotencyKey, () -> book(idempotencyKey, sale));
    }

    private PostedSale book(String idempotencyKey, SaleRequest sale) {
        long linesTotal = sale.lines().stream().mapToLong(SaleRequest.SaleLine::amount).sum();
        if (linesTotal != sale.totalAmount()) {
            throw SimulatorException.unprocessable("total %d does not match the sum of the lines %d"
                    .formatted(sale.totalAmount(), linesTotal));
        }
        Instant now = clock.instant();
        String documentNumber = "SO-%d-%06d".formatted(Year.now(clock).getValue(), ++sequence);
        PostedSale posted = new PostedSale(documentNumber, idempotencyKey, sale.orderNumber(), sale.storeId(),
                sale.soldAt(), sale.tender(), sale.totalAmount(), sale.lines(), now);
        journal.add(posted);
        return posted;
    }

    /** Booked sales in booking order, of one order or of all when {@code orderNumber} is null. */
    synchronized List<PostedSale> sales(String orderNumber) {
        return journal.stream().filter(s -> orderNumber == null || orderNumber.equals(s.orderNumber())).toList();
    }

    record PostedSale(String documentNumber, String idempotencyKey, String orderNumber, String storeId,
            Instant soldAt, String tender, long totalAmount, List<SaleRequest.SaleLine> lines, Instant recordedAt) {
    }
}
