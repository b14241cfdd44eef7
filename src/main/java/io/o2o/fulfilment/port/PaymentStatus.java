package io.o2o.fulfilment.port;

/**
 * Answer of {@code payment.query}: the wallet's view of a payment. {@code PENDING} means the
 * customer has not finished (or the wallet does not know the payment yet).
 */
public record PaymentStatus(State state, String paymentId, long amount, String providerTransactionId,
        String resultCode, String message) implements PortResult {

    public enum State {
        PENDING, AUTHORISED, PAID, FAILED
    }
}
