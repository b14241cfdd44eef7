package io.o2o.fulfilment.port;

/** Port {@code carrier.track}: the carrier's own record of a parcel, by its order code. */
public record ParcelTrackRequest(String storeId, String carrierOrderCode) {
}
