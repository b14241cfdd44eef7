package io.o2o.fulfilment.port;

/** One line in a parcel, for the carrier's manifest; {@code unitPrice} in VND. */
public record ParcelItem(String sku, String name, int quantity, long unitPrice, int weightGrams) {
}
