package io.o2o.fulfilment.store;

/** A physical store and the journeys it offers. */
public record Store(String id, String name, String city, String address, boolean clickAndCollect, boolean curbside,
        boolean shipFromStore) {

    /** The Camunda group whose members work this store's tasks. */
    public String staffGroup() {
        return staffGroupOf(id);
    }

    public static String staffGroupOf(String storeId) {
        return "store-" + storeId.toLowerCase();
    }
}
