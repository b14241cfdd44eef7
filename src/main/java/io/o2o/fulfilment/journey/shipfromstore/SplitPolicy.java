package io.o2o.fulfilment.journey.shipfromstore;

/** What the retailer does when no one store has everything an order wants. */
public enum SplitPolicy {

    /** Ship from several stores, each what it has, until the order is complete or no store adds anything. */
    SPLIT,
    /** Ship what the one store with the most has; the rest of the order is cancelled. */
    CANCEL_MISSING
}
