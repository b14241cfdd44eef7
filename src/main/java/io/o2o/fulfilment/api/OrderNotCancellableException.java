package io.o2o.fulfilment.api;

/** The customer asked to cancel an order that was already collected or cancelled. */
class OrderNotCancellableException extends RuntimeException {

    OrderNotCancellableException(String orderNumber, String status) {
        super("Order " + orderNumber + " is " + status + " and can no longer be cancelled");
    }
}
