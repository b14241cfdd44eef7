package io.o2o.fulfilment.ops;

import org.slf4j.MDC;

/**
 * Puts an order number into the logging context (MDC key {@value #KEY}) for a block of work, and
 * puts back whatever was there before when the block ends:
 * {@code try (var context = OrderLogContext.of(orderNumber)) { ... }}.
 */
public final class OrderLogContext implements AutoCloseable {

    public static final String KEY = "orderNumber";

    private final String previous;

    private OrderLogContext(String orderNumber) {
        this.previous = MDC.get(KEY);
        if (orderNumber == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, orderNumber);
        }
    }

    public static OrderLogContext of(String orderNumber) {
        return new OrderLogContext(orderNumber);
    }

    @Override
    public void close() {
        if (previous == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, previous);
        }
    }
}
