package io.o2o.fulfilment.port;

/**
 * Port {@code payment.capture}: take {@code amount} VND of an authorised payment. A wallet that
 * captures only the whole authorisation is asked for {@code authorisedAmount}; the caller refunds
 * any difference.
 */
public record CaptureRequest(String idempotencyKey, String orderNumber, String paymentId,
        String providerTransactionId, long authorisedAmount, long amount, String description) {
}
