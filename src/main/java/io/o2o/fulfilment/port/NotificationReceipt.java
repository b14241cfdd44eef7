package io.o2o.fulfilment.port;

/** Answer of {@code notify.customer}. */
public record NotificationReceipt(String messageId) implements PortResult {
}
