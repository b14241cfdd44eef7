package io.o2o.fulfilment.payment;

/** A payment attempt or a refund as recorded; {@code paymentId} is the id the wallet knows it by. */
public record PaymentRecord(String paymentId, String orderNumber, Kind kind, String provider, long amount,
        Status status, String providerTransactionId, String resultCode, String message) {

    /** The id of an order's payment at the wallet (its orderId at MoMo). */
    public static String paymentIdFor(String orderNumber) {
        return orderNumber + "-P1";
    }

    public enum Kind {
        PAYMENT, REFUND
    }

    public enum Status {
        PENDING, PAID, FAILED, REFUNDED, REJECTED
    }
}
