package io.o2o.fulfilment.port;

import java.time.Instant;

/**
 * Answer of {@code carrier.track}: the parcel's state in the carrier's words ({@code carrierStatus})
 * and in the processes' ({@code state}); {@code codAmount} is the cash on delivery the carrier has
 * on record for it.
 */
public record ParcelTracking(String carrierOrderCode, String clientOrderCode, String carrierStatus,
        ParcelState state, long codAmount, Instant updatedAt) implements PortResult {
}
