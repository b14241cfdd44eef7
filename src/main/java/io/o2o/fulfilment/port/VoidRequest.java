package io.o2o.fulfilment.port;

/** Port {@code payment.void}: release an authorisation so that no money moves. */
public record VoidRequest(String idempotencyKey, String orderNumber, String paymentId, String providerTransactionId,
        long amount, String description) {
}
