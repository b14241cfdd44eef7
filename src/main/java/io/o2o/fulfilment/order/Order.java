package io.o2o.fulfilment.order;

import java.time.Instant;
import java.util.List;

/**
 * An order as stored. Amounts are whole VND: {@code totalAmount} as ordered, {@code payableAmount}
 * after short picks, {@code paidAmount} and {@code refundedAmount} as settled with the wallet.
 * Credentials are not kept: the access token as its hash, the pickup code as the generation it is
 * derived from ({@link OrderService#pickupCode}). A ship-from-store order has a
 * {@code deliveryAddress} and no {@code storeId} until sourcing has chosen where it ships from
 * (then the store of its first parcel); its parcels are {@link Shipment}s.
 */
public record Order(String orderNumber, OrderStatus status, FulfilmentType fulfilmentType, String storeId,
        PaymentMethod paymentMethod, Customer customer, long totalAmount, long payableAmount, long paidAmount,
        long refundedAmount, String paymentUrl, String reservationId, int pickupCodeGeneration, String stagingLocation,
        String tender, String erpDocumentNumber, int wrongPickupCodes, String accessTokenHash, Instant createdAt,
        Instant collectedAt, List<OrderLine> lines, DeliveryAddress deliveryAddress) {

    /** Whether {@code token} is the access token the order was placed with. */
    public boolean acceptsAccessToken(String token) {
        return AccessTokens.matches(token, accessTokenHash);
    }

    /** A pickup code is valid from its issue until the order is collected or cancelled. */
    boolean hasPickupCode() {
        return pickupCodeGeneration > 0 && status != OrderStatus.COLLECTED && status != OrderStatus.CANCELLED;
    }

    /** Money taken from the customer that has not been given back. */
    public long netPaid() {
        return paidAmount - refundedAmount;
    }

    /** The lines with something to hand over, at their picked quantity. */
    public List<OrderLine> fulfilledLines() {
        return lines.stream().filter(l -> l.fulfilledQuantity() > 0).toList();
    }

    /** The order's line for {@code sku}. */
    public OrderLine line(String sku) {
        return lines.stream().filter(l -> l.sku().equals(sku)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Order " + orderNumber + " has no line " + sku));
    }
}
