package io.o2o.fulfilment.port;

/**
 * Answer of {@code carrier.cancel} and {@code carrier.return}. {@code REFUSED} is the carrier saying
 * the parcel is past the point where that is possible (already delivered, say).
 */
public record ParcelChange(Outcome outcome, String reason) implements PortResult {

    public static final String REFUSED_CODE = "CARRIER_REFUSED";

    public enum Outcome {
        DONE, REFUSED
    }

    @Override
    public Refusal refusal() {
        return outcome == Outcome.REFUSED ? new Refusal(REFUSED_CODE, reason) : null;
    }
}
