package io.o2o.fulfilment.journey.shipfromstore;

/** What sourcing does when no single store has everything the order asks for. */
public enum SplitPolicy {
    /** One parcel per store, until every line is covered or no store has more. */
    SPLIT,
    /** Ship what the best store has and take the rest off the order. */
    CANCEL_MISSING
}
