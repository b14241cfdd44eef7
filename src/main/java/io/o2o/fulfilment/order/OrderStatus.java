package io.o2o.fulfilment.order;

/** Where an order stands, as the customer and the store see it. */
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
}
