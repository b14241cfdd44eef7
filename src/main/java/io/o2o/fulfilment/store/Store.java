package io.o2o.fulfilment.store;

import java.math.BigDecimal;

/**
 * A physical store and the journeys it offers. For ship-from-store: where it is, how far it
 * delivers ({@code serviceRadiusKm}) and how many ship-from-store orders it takes a day
 * ({@code dailyShipCapacity}).
 */
public record Store(String id, String name, String city, String district, String address, String phone,
        boolean clickAndCollect, boolean curbside, boolean shipFromStore, BigDecimal latitude, BigDecimal longitude,
        int serviceRadiusKm, int dailyShipCapacity) {

    /** The Camunda group whose members work this store's tasks. */
    public String staffGroup() {
        return staffGroupOf(id);
    }

    public static String staffGroupOf(String storeId) {
        return "store-" + storeId.toLowerCase();
    }

    /** Where the store is, when it is known. */
    public GeoPoint location() {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude.doubleValue(), longitude.doubleValue());
    }
}
