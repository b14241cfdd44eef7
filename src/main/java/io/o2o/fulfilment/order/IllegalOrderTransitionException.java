package io.o2o.fulfilment.order;

/** A step asked the order to move where its status does not allow (for example a handover after a cancellation). */
public class IllegalOrderTransitionException extends IllegalStateException {

    public IllegalOrderTransitionException(String orderNumber, OrderStatus from, OrderStatus to) {
        super("Order " + orderNumber + " is " + from + " and cannot become " + to);
    }
}
