package io.o2o.fulfilment.port;

import java.util.List;

/**
 * Port {@code carrier.book}: have a carrier collect a parcel at the store and deliver it. The
 * idempotency key is given to the carrier as its client order code, so that a repeated call finds
 * the first booking instead of making a second parcel. {@code codAmount} is the cash the courier
 * collects on delivery (0 when paid online).
 */
public record ParcelBookingRequest(String idempotencyKey, String orderNumber, String shipmentId, String storeId,
        ParcelAddress from, ParcelAddress to, ParcelSize size, List<ParcelItem> items, long codAmount,
        long insuranceValue, String note) {
}
