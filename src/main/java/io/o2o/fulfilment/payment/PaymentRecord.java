package io.o2o.fulfilment.payment;

/**
 * A payment attempt or a refund as recorded; {@code paymentId} is the id the wallet knows it by.
 * {@code capture} is false for a payment that the wallet only authorises, to be captured or voided
 * later; {@code capturedAmount} is what a capture took.
 */
public record PaymentRecord(String paymentId, String orderNumber, Kind kind, String provider, long amount,
        Status status, String providerTransactionId, String resultCode, String message, boolean capture,
        Long capturedAmount) {

    /** The id of an order's payment at the wallet (its orderId at MoMo). */
    public static String paymentIdFor(String orderNumber) {
        return orderNumber + "-P1";
    }

    public enum Kind {
        PAYMENT, REFUND
    }

    public enum Status {
        PENDING, AUTHORISED, PAID, FAILED, VOIDED, REFUNDED, REJECTED, RESOLVED_BY_HAND
    }
}
