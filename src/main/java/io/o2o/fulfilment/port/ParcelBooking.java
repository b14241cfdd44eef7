package io.o2o.fulfilment.port;

import java.time.Instant;

/**
 * Answer of {@code carrier.book}. {@code REFUSED} is the business outcome of a parcel the carrier
 * will not take (an address it does not serve, a parcel too heavy), with its reason.
 */
public record ParcelBooking(Outcome outcome, String carrierOrderCode, String sortCode, long fee,
        Instant expectedDelivery, String reason) implements PortResult {

    public static final String REFUSED_CODE = "PARCEL_REFUSED";

    public enum Outcome {
        BOOKED, REFUSED
    }

    @Override
    public Refusal refusal() {
        return outcome == Outcome.REFUSED ? new Refusal(REFUSED_CODE, reason) : null;
    }
}
