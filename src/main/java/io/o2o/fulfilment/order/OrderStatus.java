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
    CANCELLING("Being cancelled"),
    CANCELLED("Cancelled");

    private final String description;

    OrderStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The customer may still cancel: the goods have not left the store. */
    public boolean cancellable() {
        return this != COLLECTED && this != CANCELLING && this != CANCELLED;
    }

    /** The moves the order's life allows; anything else is a bug or a race, and is refused. */
    public boolean canMoveTo(OrderStatus next) {
        return next(this).contains(next);
    }

    private static Set<OrderStatus> next(OrderStatus status) {
        return switch (status) {
            case PLACED -> EnumSet.of(AWAITING_PAYMENT, CONFIRMED, CANCELLING);
            case AWAITING_PAYMENT -> EnumSet.of(CONFIRMED, CANCELLING);
            case CONFIRMED -> EnumSet.of(PICKED, CANCELLING);
            // a new pickup code keeps the order ready
            case PICKED, READY_FOR_PICKUP -> EnumSet.of(READY_FOR_PICKUP, COLLECTED, CANCELLING);
            case CANCELLING -> EnumSet.of(CANCELLED);
            case COLLECTED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
