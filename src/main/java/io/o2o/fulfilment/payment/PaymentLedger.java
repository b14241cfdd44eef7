package io.o2o.fulfilment.payment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The application's own record of what it asked wallets for and what they answered. */
@Repository
@Transactional
public class PaymentLedger {

    private final JdbcClient jdbc;
    private final Clock clock;

    PaymentLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an attempt once; a retried call with the same id keeps the first row. A payment is
     * opened with its order, so that the wallet's notification always finds it.
     */
    public void open(String paymentId, String orderNumber, PaymentRecord.Kind kind, String provider, long amount) {
        if (find(paymentId).isPresent()) {
            return;
        }
        Timestamp now = now();
        jdbc.sql("""
                insert into payment (payment_id, order_number, kind, provider, amount, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(paymentId, orderNumber, kind.name(), provider, amount, PaymentRecord.Status.PENDING.name(),
                        now, now)
                .update();
    }

    /**
     * Settles a pending attempt with the provider's final answer.
     *
     * @return false when it was settled before: a settled payment does not change its mind
     */
    public boolean settle(String paymentId, PaymentRecord.Status status, String providerTransactionId,
            String resultCode, String message) {
        return jdbc.sql("""
                update payment set status = ?, provider_transaction_id = coalesce(?, provider_transaction_id),
                    result_code = ?, message = ?, updated_at = ? where payment_id = ? and status = ?""")
                .params(status.name(), providerTransactionId, resultCode, truncate(message), now(), paymentId,
                        PaymentRecord.Status.PENDING.name())
                .update() == 1;
    }

    @Transactional(readOnly = true)
    public Optional<PaymentRecord> find(String paymentId) {
        return jdbc.sql("""
                select payment_id, order_number, kind, provider, amount, status, provider_transaction_id,
                    result_code, message from payment where payment_id = ?""")
                .param(paymentId)
                .query(PaymentRecord.class)
                .optional();
    }

    /** The order's settled payment, if any. */
    @Transactional(readOnly = true)
    public Optional<PaymentRecord> paidPayment(String orderNumber) {
        return forOrder(orderNumber).stream()
                .filter(p -> p.kind() == PaymentRecord.Kind.PAYMENT && p.status() == PaymentRecord.Status.PAID)
                .findFirst();
    }

    @Transactional(readOnly = true)
    public List<PaymentRecord> forOrder(String orderNumber) {
        return jdbc.sql("""
                select payment_id, order_number, kind, provider, amount, status, provider_transaction_id,
                    result_code, message from payment where order_number = ? order by created_at""")
                .param(orderNumber)
                .query(PaymentRecord.class)
                .list();
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 500 ? message : message.substring(0, 500);
    }
}
