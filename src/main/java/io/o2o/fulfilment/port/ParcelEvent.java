package io.o2o.fulfilment.port;

import java.time.Instant;

/**
 * Inbound port {@code direct:carrier.event}: a carrier adapter hands over a tracking report it has
 * authenticated (the carrier's secret checked). The application finds the shipment by
 * {@code carrierOrderCode} or {@code clientOrderCode}, stores the report once by
 * {@code deduplicationKey}, and moves the shipment's process; a report for no known parcel, a
 * replay, or one older than what is known changes nothing. {@code codAmount} is the cash collected
 * as the carrier reports it, {@code reason} why an attempt failed.
 */
public record ParcelEvent(String carrier, String carrierOrderCode, String clientOrderCode, String carrierStatus,
        ParcelState state, Instant occurredAt, long codAmount, String reason, String deduplicationKey) {
}
