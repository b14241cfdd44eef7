package io.o2o.fulfilment.port;

/** Answer of {@code payment.refund}; {@code REJECTED} is a business outcome. */
public record RefundResult(Outcome outcome, String refundId, String providerTransactionId, String resultCode,
        String message) {

    public enum Outcome {
        REFUNDED, REJECTED
    }
}
