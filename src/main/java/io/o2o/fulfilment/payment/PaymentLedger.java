package io.o2o.fulfilment.payment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's own record of what it asked wallets for and what they answered. Changes go
 * through {@link PaymentService}, which holds the money rules.
 */
@Repository
@Transactional
public class PaymentLedger {

    private static final String SELECT = """
            select payment_id, order_number, kind, provider, amount, status, provider_transaction_id, result_code,
                message, capture, captured_amount from payment""";

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
    void open(String paymentId, String orderNumber, PaymentRecord.Kind kind, String provider, long amount,
            boolean capture) {
        if (find(paymentId).isPresent()) {
            return;
        }
        Timestamp now = now();
        jdbc.sql("""
                insert into payment (payment_id, order_number, kind, provider, amount, status, capture, created_at,
                    updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(paymentId, orderNumber, kind.name(), provider, amount, PaymentRecord.Status.PENDING.name(),
                        capture, now, now)
                .update();
    }

    /** A pending payment not yet asked of the wallet takes a new amount; any other stays as it is. */
    void reprice(String paymentId, long amount) {
        jdbc.sql("update payment set amount = ?, updated_at = ? where payment_id = ? and status = ? and provider_transaction_id is null")
                .params(amount, now(), paymentId, PaymentRecord.Status.PENDING.name())
                .update();
    }

    /**
     * Settles a pending attempt with the provider's final answer.
     *
     * @return false when it was settled before: a settled payment does not change its mind
     */
    boolean settle(String paymentId, PaymentRecord.Status status, String providerTransactionId,
            String resultCode, String message) {
        return move(paymentId, PaymentRecord.Status.PENDING, status, providerTransactionId, resultCode, message);
    }

    /**
     * Moves a payment from one status to the next, only if it still stands where the caller saw it.
     *
     * @return false when another answer moved it first
     */
    boolean move(String paymentId, PaymentRecord.Status from, PaymentRecord.Status to, String providerTransactionId,
            String resultCode, String message) {
        return jdbc.sql("""
                update payment set status = ?, provider_transaction_id = coalesce(?, provider_transaction_id),
                    result_code = ?, message = ?, updated_at = ? where payment_id = ? and status = ?""")
                .params(to.name(), providerTransactionId, resultCode, truncate(message), now(), paymentId, from.name())
                .update() == 1;
    }

    /** An authorisation was captured: the payment is paid, with the amount the wallet took. */
    boolean captured(String paymentId, long amount, String providerTransactionId, String resultCode, String message) {
        return jdbc.sql("""
                update payment set status = ?, captured_amount = ?,
                    provider_transaction_id = coalesce(?, provider_transaction_id), result_code = ?, message = ?,
                    updated_at = ? where payment_id = ? and status = ?""")
                .params(PaymentRecord.Status.PAID.name(), amount, providerTransactionId, resultCode, truncate(message),
                        now(), paymentId, PaymentRecord.Status.AUTHORISED.name())
                .update() == 1;
    }

    /** A refund the wallet refused was paid out another way; records who did it and how. */
    boolean resolvedByHand(String refundId, String user, String reference) {
        return jdbc.sql("""
                update payment set status = ?, resolved_by = ?, resolution = ?, updated_at = ?
                where payment_id = ? and status = ?""")
                .params(PaymentRecord.Status.RESOLVED_BY_HAND.name(), user, truncate(reference), now(), refundId,
                        PaymentRecord.Status.REJECTED.name())
                .update() == 1;
    }

    /** Payments still waiting for the wallet's answer that were opened between the two instants. */
    @Transactional(readOnly = true)
    List<PaymentRecord> pendingBetween(Instant openedAfter, Instant openedBefore, int limit) {
        return jdbc.sql(SELECT
                + " where kind = ? and status = ? and created_at > ? and created_at < ? order by created_at limit ?")
                .params(PaymentRecord.Kind.PAYMENT.name(), PaymentRecord.Status.PENDING.name(),
                        Timestamp.from(openedAfter), Timestamp.from(openedBefore), limit)
                .query(PaymentRecord.class)
                .list();
    }

    /**
     * Claims a pending payment for one check at the wallet: of several nodes, the one whose update
     * lands first gets it, and nobody checks it again before {@code checkedBefore} has passed.
     */
    boolean claimCheck(String paymentId, Instant checkedBefore) {
        return jdbc.sql("""
                update payment set checked_at = ? where payment_id = ? and status = ?
                    and (checked_at is null or checked_at < ?)""")
                .params(now(), paymentId, PaymentRecord.Status.PENDING.name(), Timestamp.from(checkedBefore))
                .update() == 1;
    }

    @Transactional(readOnly = true)
    public Optional<PaymentRecord> find(String paymentId) {
        return jdbc.sql(SELECT + " where payment_id = ?")
                .param(paymentId)
                .query(PaymentRecord.class)
                .optional();
    }

    /** The order's payment (not a refund), if it pays online. */
    @Transactional(readOnly = true)
    public Optional<PaymentRecord> paymentOf(String orderNumber) {
        return forOrder(orderNumber).stream().filter(p -> p.kind() == PaymentRecord.Kind.PAYMENT).findFirst();
    }

    @Transactional(readOnly = true)
    public List<PaymentRecord> forOrder(String orderNumber) {
        return jdbc.sql(SELECT + " where order_number = ? order by created_at")
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
