package io.o2o.fulfilment.port;

/**
 * Answer of {@code payment.create}. {@code REJECTED} is a business outcome (the wallet refused
 * the request, for example an amount out of range); {@code resultCode} and {@code message} are the
 * provider's own.
 */
public record PaymentCreated(Outcome outcome, String paymentId, String payUrl, String resultCode, String message)
        implements PortResult {

    public static final String REJECTED_CODE = "PAYMENT_REJECTED";

    public enum Outcome {
        CREATED, REJECTED
    }

    @Override
    public Refusal refusal() {
        return outcome == Outcome.REJECTED ? new Refusal(REJECTED_CODE, resultCode + " " + message) : null;
    }
}
