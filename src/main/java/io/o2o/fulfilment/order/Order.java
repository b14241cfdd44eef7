package io.o2o.fulfilment.order;

import java.time.Instant;
import java.util.List;

/**
 * An order as stored. Amounts are whole VND: {@code totalAmount} as ordered, {@code payableAmount}
 * after short picks, {@code paidAmount} and {@code refundedAmount} as settled with the wallet.
 */
public record Order(String orderNumber, OrderStatus status, FulfilmentType fulfilmentType, String storeId,
        PaymentMethod paymentMethod, Customer customer, long totalAmount, long payableAmount, long paidAmount,
        long refundedAmount, String paymentUrl, String reservationId, String pickupCode, String stagingLocation,
        String tender, String erpDocumentNumber, int wrongPickupCodes, String accessToken, Instant createdAt,
        Instant collectedAt, List<OrderLine> lines) {

    /** Money taken from the customer that has not been given back. */
    public long netPaid() {
        return paidAmount - refundedAmount;
    }

    /** The lines with something to hand over, at their picked quantity. */
    public List<OrderLine> fulfilledLines() {
        return lines.stream().filter(l -> l.fulfilledQuantity() > 0).toList();
    }
}
