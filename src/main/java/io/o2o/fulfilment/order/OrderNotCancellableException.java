package io.o2o.fulfilment.order;

/** The order was already collected or cancelled. */
public class OrderNotCancellableException extends RuntimeException {

    public OrderNotCancellableException(String orderNumber, OrderStatus status) {
        super("Order " + orderNumber + " is " + status.name() + " and can no longer be cancelled");
    }
}
