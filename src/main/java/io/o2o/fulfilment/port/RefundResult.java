package io.o2o.fulfilment.port;

/** Answer of {@code payment.refund}; {@code REJECTED} is a business outcome. */
public record RefundResult(Outcome outcome, String refundId, String providerTransactionId, String resultCode,
        String message) implements PortResult {

    public static final String REJECTED_CODE = "REFUND_REJECTED";

    public enum Outcome {
        REFUNDED, REJECTED
    }

    @Override
    public Refusal refusal() {
        return outcome == Outcome.REJECTED ? new Refusal(REJECTED_CODE, resultCode + " " + message) : null;
    }
}
