package io.o2o.fulfilment.port;

/** Port {@code payment.query}: ask the wallet where a payment stands (reconciliation). */
public record PaymentStatusRequest(String idempotencyKey, String orderNumber, String paymentId) {
}
