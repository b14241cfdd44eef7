package io.o2o.fulfilment.integrations.zalopay;

import io.o2o.fulfilment.port.PaymentCreated;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of this node's recent creates, by idempotency key. ZaloPay does not repeat an
 * answer: the same app_trans_id again is refused as a duplicate and the first order_url cannot be
 * fetched. A retry of a create whose answer arrived but whose job failed afterwards gets that
 * answer from here instead. Bounded; lost on restart.
 */
final class CreatedPayments {

    private static final int CAPACITY = 10_000;

    private final Map<String, PaymentCreated> answers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PaymentCreated> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized Optional<PaymentCreated> get(String idempotencyKey) {
        return Optional.ofNullable(answers.get(idempotencyKey));
    }

    synchronized void put(String idempotencyKey, PaymentCreated answer) {
        answers.put(idempotencyKey, answer);
    }
}
