package io.o2o.fulfilment.port;

/**
 * Inbound port {@code direct:payment.notification}: a payment adapter hands over a provider
 * callback it has authenticated (signature and merchant checked). The application checks it
 * against its own records, stores it once by {@code deduplicationKey} and correlates it with the
 * waiting process. The route answers nothing on success and throws
 * {@link CallbackRejectedException} when the notification does not match the records.
 * {@code AUTHORISED} means the money is held for a later capture or void.
 */
public record PaymentNotification(String provider, String paymentId, long amount, Outcome outcome,
        String providerTransactionId, String resultCode, String message, String deduplicationKey) {

    public enum Outcome {
        PAID, AUTHORISED, FAILED
    }
}
