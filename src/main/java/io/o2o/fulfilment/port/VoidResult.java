package io.o2o.fulfilment.port;

/** Answer of {@code payment.void}; {@code REJECTED} is a business outcome. */
public record VoidResult(Outcome outcome, String paymentId, String resultCode, String message) implements PortResult {

    public static final String REJECTED_CODE = "VOID_REJECTED";

    public enum Outcome {
        VOIDED, REJECTED
    }

    @Override
    public Refusal refusal() {
        return outcome == Outcome.REJECTED ? new Refusal(REJECTED_CODE, resultCode + " " + message) : null;
    }
}
