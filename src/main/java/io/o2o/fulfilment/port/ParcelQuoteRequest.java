package io.o2o.fulfilment.port;

/**
 * Port {@code carrier.quote}: what delivering a parcel from a store would cost and when it would
 * arrive. {@code codAmount} is what the courier would collect; {@code insuranceValue} the goods' value.
 */
public record ParcelQuoteRequest(String storeId, ParcelAddress from, ParcelAddress to, ParcelSize size,
        long codAmount, long insuranceValue) {
}
