package io.o2o.fulfilment.port;

/**
 * Where a parcel is, in the carrier-neutral words the processes decide on; each carrier adapter
 * maps its own statuses to these. The order follows the parcel's usual way, so that a report of an
 * earlier state arriving after a later one can be recognised as stale.
 */
public enum ParcelState {
    /** Booked, waiting for the courier at the store. */
    BOOKED(0),
    /** The courier has it. */
    PICKED_UP(1),
    /** Between the carrier's hubs. */
    IN_TRANSIT(2),
    /** With the courier on the way to the customer. */
    OUT_FOR_DELIVERY(3),
    /** An attempt to deliver failed; the carrier tries again or sends it back. */
    DELIVERY_FAILED(3),
    DELIVERED(5),
    /** On its way back to the store. */
    RETURNING(4),
    RETURNED(5),
    /** Cancelled at the carrier before the courier took it. */
    CANCELLED(5),
    LOST(5),
    DAMAGED(5);

    private final int progress;

    ParcelState(int progress) {
        this.progress = progress;
    }

    /** Nothing follows this state: the parcel's trip is over. */
    public boolean terminal() {
        return progress == 5;
    }

    /**
     * Whether a report of {@code next} moves a parcel now in this state: never out of a terminal
     * state, never back to an earlier stage. A failed attempt and a new attempt alternate, and a
     * parcel may start its way back from any state in transit.
     */
    public boolean canBeFollowedBy(ParcelState next) {
        if (terminal()) {
            return false;
        }
        if (this == DELIVERY_FAILED && next == OUT_FOR_DELIVERY || next == DELIVERY_FAILED && this == OUT_FOR_DELIVERY) {
            return true;
        }
        return next.progress > progress || next == DELIVERY_FAILED && this == DELIVERY_FAILED;
    }
}
