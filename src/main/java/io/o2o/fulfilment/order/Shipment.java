package io.o2o.fulfilment.order;

import io.o2o.fulfilment.port.ParcelState;
import java.time.Instant;
import java.util.List;

/**
 * One parcel of a ship-from-store order: the lines one store ships, its booking with the carrier
 * and the carrier's last report. Amounts are whole VND; {@code codAmount} is what the courier
 * collects on delivery, {@code codCollected} what the carrier reported collecting;
 * {@code lastFailureReason} why the last delivery attempt failed.
 */
public record Shipment(String shipmentId, String orderNumber, String storeId, ShipmentStatus status,
        String reservationId, Integer weightGrams, Integer lengthCm, Integer widthCm, Integer heightCm,
        String bookingKey, String carrier,
        String carrierOrderCode, String sortCode, ParcelState parcelState, String carrierStatus,
        Instant carrierStatusAt, Long deliveryFee, Instant expectedDeliveryAt, long codAmount, Long codCollected,
        int deliveryAttempts, String lastFailureReason, boolean recallRequested, boolean returnReceived,
        String claimReference, Instant createdAt, List<Line> lines) {

    /** A line of the parcel; {@code pickedQuantity} is null until picked. */
    public record Line(String sku, int quantity, Integer pickedQuantity) {

        /** What goes into the parcel: the picked quantity once known. */
        public int shippedQuantity() {
            return pickedQuantity == null ? quantity : pickedQuantity;
        }
    }

    /** The goods' value in the parcel, at the order's prices. */
    public long value(Order order) {
        return lines.stream().mapToLong(l -> l.shippedQuantity() * order.line(l.sku()).unitPrice()).sum();
    }

    public int units() {
        return lines.stream().mapToInt(Line::shippedQuantity).sum();
    }

    public boolean booked() {
        return carrierOrderCode != null;
    }

    /**
     * Something is still to be done with the parcel when its order is cancelled: stop it at the carrier
     * or bring it back, receive it back at the store, or claim it from the carrier.
     */
    public boolean needsRecall() {
        return (booked() || bookingKey != null) && !status.terminal() || status == ShipmentStatus.RETURNED && !returnReceived
                || status == ShipmentStatus.LOST && claimReference == null;
    }
}
