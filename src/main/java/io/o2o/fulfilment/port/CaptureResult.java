package io.o2o.fulfilment.port;

/** Answer of {@code payment.capture}; {@code REJECTED} (for example an expired authorisation) is a business outcome. */
public record CaptureResult(Outcome outcome, String paymentId, long capturedAmount, String providerTransactionId,
        String resultCode, String message) implements PortResult {

    public static final String REJECTED_CODE = "CAPTURE_REJECTED";

    public enum Outcome {
        CAPTURED, REJECTED
    }

    @Override
    public Refusal refusal() {
        return outcome == Outcome.REJECTED ? new Refusal(REJECTED_CODE, resultCode + " " + message) : null;
    }
}
