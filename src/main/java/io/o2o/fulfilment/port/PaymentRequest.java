package io.o2o.fulfilment.port;

/**
 * Port {@code payment.create}: ask the wallet for a payment of {@code amount} VND.
 * {@code idempotencyKey} is sent as the provider's request id; {@code paymentId} as the
 * provider's order id (unique per payment attempt). With {@code capture} false the wallet only
 * authorises the amount, to be captured ({@code payment.capture}) or voided ({@code payment.void})
 * later.
 */
public record PaymentRequest(String idempotencyKey, String orderNumber, String paymentId, long amount,
        String description, String customerPhone, String customerEmail, boolean capture) {
}
