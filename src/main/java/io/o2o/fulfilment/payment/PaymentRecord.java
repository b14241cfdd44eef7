package io.o2o.fulfilment.payment;

/** A payment attempt or a refund as recorded; {@code paymentId} is the id the wallet knows it by. */
public record PaymentRecord(String paymentId, String orderNumber, Kind kind, String provider, long amount,
        Status status, String providerTransactionId, String resultCode, String message) {

    public enum Kind {
        PAYMENT, REFUND
    }

    public enum Status {
        PENDING, PAID, FAILED, REFUNDED, REJECTED
    }
}
