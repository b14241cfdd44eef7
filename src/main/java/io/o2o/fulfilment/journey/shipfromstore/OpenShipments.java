package io.o2o.fulfilment.journey.shipfromstore;

/** How many ship-from-store shipments a store has open today: they count against its daily ship capacity. */
@FunctionalInterface
public interface OpenShipments {

    int today(String storeId);
}
