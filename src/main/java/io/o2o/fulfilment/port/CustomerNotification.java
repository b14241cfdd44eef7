package io.o2o.fulfilment.port;

import java.util.Map;

/**
 * Port {@code notify.customer}: a message to the customer. {@code template} names what happened
 * ({@code READY_FOR_PICKUP}, {@code PICKUP_REMINDER}, {@code ORDER_CANCELLED}, ...) and
 * {@code parameters} fill it in.
 */
public record CustomerNotification(String idempotencyKey, String orderNumber, String template, String customerName,
        String phone, String email, Map<String, String> parameters) {
}
