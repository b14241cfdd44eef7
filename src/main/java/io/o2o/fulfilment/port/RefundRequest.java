package io.o2o.fulfilment.port;

/**
 * Port {@code payment.refund}: give back {@code amount} VND of a settled payment.
 * {@code refundId} is new for each refund (the provider's refund order id) and
 * {@code idempotencyKey} makes a retried call refund once.
 */
public record RefundRequest(String idempotencyKey, String orderNumber, String refundId, String paymentId,
        String providerTransactionId, long amount, String reason) {
}
