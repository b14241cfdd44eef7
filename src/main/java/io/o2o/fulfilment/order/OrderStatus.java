package io.o2o.fulfilment.order;

import java.util.EnumSet;
import java.util.Set;

/** Where an order stands, as the customer and the store see it, and where it may go next. */
public enum OrderStatus {
    PLACED("Order received"),
    AWAITING_PAYMENT("Waiting for payment"),
    CONFIRMED("Confirmed, waiting to be picked"),
    PICKED("Picked in store"),
    READY_FOR_PICKUP("Ready for pickup"),
    COLLECTED("Collected"),
    SHIPPED("With the carrier"),
    DELIVERED("Delivered"),
    NOT_DELIVERED("Not delivered"),
    CANCELLING("Being cancelled"),
    CANCELLED("Cancelled");

    private final String description;

    OrderStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * The customer may still cancel: nothing was handed over or delivered. A parcel already with the
     * carrier is called back to its store.
     */
    public boolean cancellable() {
        return !next(this).isEmpty() && this != CANCELLING;
    }

    /** The moves the order's life allows; anything else is a bug or a race, and is refused. */
    public boolean canMoveTo(OrderStatus next) {
        return next(this).contains(next);
    }

    private static Set<OrderStatus> next(OrderStatus status) {
        return switch (status) {
            case PLACED -> EnumSet.of(AWAITING_PAYMENT, CONFIRMED, CANCELLING);
            case AWAITING_PAYMENT -> EnumSet.of(CONFIRMED, CANCELLING);
            // a ship-from-store order whose every parcel the carrier refused is not delivered
            case CONFIRMED -> EnumSet.of(PICKED, CANCELLING, NOT_DELIVERED);
            // a new pickup code keeps the order ready
            case READY_FOR_PICKUP -> EnumSet.of(READY_FOR_PICKUP, COLLECTED, CANCELLING);
            case PICKED -> EnumSet.of(READY_FOR_PICKUP, COLLECTED, SHIPPED, CANCELLING, NOT_DELIVERED);
            case SHIPPED -> EnumSet.of(DELIVERED, NOT_DELIVERED, CANCELLING);
            case CANCELLING -> EnumSet.of(CANCELLED);
            case COLLECTED, DELIVERED, NOT_DELIVERED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
