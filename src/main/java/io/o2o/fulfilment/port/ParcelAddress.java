package io.o2o.fulfilment.port;

/**
 * An address a parcel leaves from or goes to, in the names people write (ward, district, city as
 * on the storefront); an adapter maps them to its carrier's own codes where it needs them.
 */
public record ParcelAddress(String name, String phone, String street, String ward, String district, String city) {
}
