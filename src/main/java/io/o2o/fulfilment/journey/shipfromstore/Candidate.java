package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.store.Store;

/**
 * A store that may ship an order, with its ship-from-store shipments still open today (which count
 * against its daily ship capacity). The caller leaves out stores that do not ship from store or that
 * must not ship this order (a store whose pick came up short); a store without a location is never
 * chosen, as its distance is unknown.
 */
public record Candidate(Store store, int openShipmentsToday) {
}
