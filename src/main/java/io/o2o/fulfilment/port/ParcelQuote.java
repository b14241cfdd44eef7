package io.o2o.fulfilment.port;

import java.time.Instant;

/** Answer of {@code carrier.quote}: the fee in VND and the delivery the carrier expects. */
public record ParcelQuote(long fee, Instant expectedDelivery) implements PortResult {
}
