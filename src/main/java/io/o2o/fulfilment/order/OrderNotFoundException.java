package io.o2o.fulfilment.order;

public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String orderNumber) {
        super("No order " + orderNumber);
    }
}
