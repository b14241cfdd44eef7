package io.o2o.fulfilment.order;

/** How the customer receives the order. */
public enum FulfilmentType {
    /** Picked up at the counter of the store the customer chose. */
    CLICK_AND_COLLECT,
    /** Delivered to the customer's address by a carrier, from the store or stores sourcing chooses. */
    SHIP_FROM_STORE
}
