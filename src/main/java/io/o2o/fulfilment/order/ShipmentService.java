package io.o2o.fulfilment.order;

import io.o2o.fulfilment.port.ParcelEvent;
import io.o2o.fulfilment.port.ParcelSize;
import io.o2o.fulfilment.port.ParcelState;
import io.o2o.fulfilment.port.StockLine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parcels of a ship-from-store order: made by sourcing, then picked, packed, booked, handed to
 * the carrier and followed by the carrier's reports. Each step changes the parcel, moves the order
 * where the order as a whole moves, and writes a line of the order's timeline.
 */
@Service
@Transactional
public class ShipmentService {

    private final ShipmentRepository shipments;
    private final OrderRepository orders;
    private final OrderService orderStatus;
    private final Clock clock;

    ShipmentService(ShipmentRepository shipments, OrderRepository orders, OrderService orderStatus, Clock clock) {
        this.shipments = shipments;
        this.orders = orders;
        this.orderStatus = orderStatus;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Shipment get(String shipmentId) {
        return shipments.find(shipmentId).orElseThrow(() -> new IllegalArgumentException("No shipment " + shipmentId));
    }

    @Transactional(readOnly = true)
    public Optional<Shipment> find(String shipmentId) {
        return shipments.find(shipmentId);
    }

    @Transactional(readOnly = true)
    public List<Shipment> of(String orderNumber) {
        return shipments.ofOrder(orderNumber);
    }

    @Transactional(readOnly = true)
    public Optional<Shipment> byCarrierCode(String carrier, String carrierOrderCode) {
        return shipments.findByCarrierCode(carrier, carrierOrderCode);
    }

    /** Parcels of the store made today (the day as {@code zone} counts it) and not yet at their end. */
    @Transactional(readOnly = true)
    public int openToday(String storeId, ZoneId zone) {
        return shipments.openSince(storeId, LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant());
    }

    /**
     * Makes one parcel per store sourcing chose ({@code WEB-10001-1}, {@code -2}, ...). The first
     * parcel's store becomes the order's store, so that its staff see the order.
     *
     * @param why per store, in words, why it was chosen
     * @return the new parcels' ids
     */
    public List<String> sourced(String orderNumber, Map<String, List<StockLine>> linesByStore, Map<String, String> why) {
        Order order = orders.lock(orderNumber);
        int number = shipments.countOf(orderNumber);
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, List<StockLine>> entry : linesByStore.entrySet()) {
            String id = orderNumber + "-" + ++number;
            List<Shipment.Line> lines = entry.getValue().stream().map(l -> new Shipment.Line(l.sku(), l.quantity(), null))
                    .toList();
            long value = lines.stream().mapToLong(l -> l.quantity() * order.line(l.sku()).unitPrice()).sum();
            shipments.insert(id, orderNumber, entry.getKey(), order.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY
                    ? value : 0, lines);
            ids.add(id);
            orders.addEvent(orderNumber, "SOURCED", "Parcel " + id + " ships from store " + entry.getKey() + ": "
                    + describe(entry.getValue()) + (why.containsKey(entry.getKey()) ? " (" + why.get(entry.getKey()) + ")" : ""));
        }
        if (order.storeId() == null && !ids.isEmpty()) {
            orders.update(orderNumber, "store_id = ?", linesByStore.keySet().iterator().next());
        }
        return ids;
    }

    /**
     * Lines no store can ship are taken off the order: what the order costs goes down by their value.
     * An order that was paid is refunded the difference when it is settled.
     */
    public void unsourced(String orderNumber, List<StockLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Order order = orders.lock(orderNumber);
        long value = lines.stream().mapToLong(l -> l.quantity() * order.line(l.sku()).unitPrice()).sum();
        orders.update(orderNumber, "payable_amount = payable_amount - ?", value);
        orders.addEvent(orderNumber, "NOT_AVAILABLE", "No store can ship " + describe(lines)
                + "; taken off the order (" + value + " VND)");
    }

    public void reserved(String shipmentId, String reservationId) {
        Shipment shipment = move(shipmentId, ShipmentStatus.RESERVED);
        shipments.update(shipmentId, "reservation_id = ?", reservationId);
        orders.addEvent(shipment.orderNumber(), "STOCK_RESERVED", "Stock held for parcel " + shipmentId + " in store "
                + shipment.storeId());
    }

    /** The stores that could not hold the stock for one of the order's parcels: not to be asked again for it. */
    @Transactional(readOnly = true)
    public Set<String> storesThatRefused(String orderNumber) {
        return shipments.ofOrder(orderNumber).stream().filter(s -> s.status() == ShipmentStatus.NOT_SHIPPED)
                .map(Shipment::storeId).collect(Collectors.toSet());
    }

    public void outOfStock(String shipmentId, String shortages) {
        Shipment shipment = get(shipmentId);
        orders.addEvent(shipment.orderNumber(), "OUT_OF_STOCK", "Store " + shipment.storeId()
                + " could not hold the stock for parcel " + shipmentId + ": " + shortages);
    }

    /**
     * Records the quantities picked for the parcel; SKUs not mentioned were picked in full. The
     * lines picked short are the shortfalls, to be sourced again from other stores.
     */
    public PickResult recordPick(String shipmentId, Map<String, Integer> pickedBySku, Map<String, ShortPickReason> reasons) {
        Shipment shipment = get(shipmentId);
        List<PickResult.Shortfall> unpicked = new ArrayList<>();
        int pickedUnits = 0;
        for (Shipment.Line line : shipment.lines()) {
            Integer reported = pickedBySku.get(line.sku());
            int picked = reported == null ? line.quantity() : Math.max(0, Math.min(reported, line.quantity()));
            shipments.recordPicked(shipmentId, line.sku(), picked);
            if (picked < line.quantity()) {
                unpicked.add(new PickResult.Shortfall(line.sku(), line.quantity() - picked,
                        reasons.getOrDefault(line.sku(), ShortPickReason.NOT_GIVEN)));
            }
            pickedUnits += picked;
        }
        PickResult.Outcome outcome = unpicked.isEmpty() ? PickResult.Outcome.COMPLETE
                : pickedUnits == 0 ? PickResult.Outcome.NOTHING : PickResult.Outcome.PARTIAL;
        Order order = orders.lock(shipment.orderNumber());
        if (outcome == PickResult.Outcome.NOTHING) {
            move(shipmentId, ShipmentStatus.NOT_SHIPPED);
        } else {
            move(shipmentId, ShipmentStatus.PICKED);
            if (order.status() == OrderStatus.CONFIRMED) {
                orderStatus.moveOn(order, OrderStatus.PICKED);
            }
        }
        long cod = order.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY ? get(shipmentId).value(order) : 0;
        shipments.update(shipmentId, "cod_amount = ?", outcome == PickResult.Outcome.NOTHING ? 0 : cod);
        orders.addEvent(order.orderNumber(), "PICKED", "Parcel " + shipmentId + ": " + switch (outcome) {
            case COMPLETE -> "all items picked";
            case PARTIAL -> "picked with shortages: " + describeShortfalls(unpicked);
            case NOTHING -> "nothing could be picked (" + describeShortfalls(unpicked) + ")";
        });
        return new PickResult(outcome, unpicked, 0, 0);
    }

    public void packed(String shipmentId, ParcelSize size) {
        Shipment shipment = move(shipmentId, ShipmentStatus.PACKED);
        shipments.update(shipmentId, "weight_grams = ?, length_cm = ?, width_cm = ?, height_cm = ?", size.weightGrams(),
                size.lengthCm(), size.widthCm(), size.heightCm());
        orders.addEvent(shipment.orderNumber(), "PACKED", "Parcel " + shipmentId + " packed: " + size.weightGrams()
                + " g, " + size.lengthCm() + "×" + size.widthCm() + "×" + size.heightCm() + " cm");
    }

    /**
     * The key the parcel is booked with: the first one asked for, kept in a transaction of its own
     * before the carrier is called. A booking job that reached the carrier but failed to commit
     * leaves the key behind, so a retry or a recall books with it again and finds the first booking.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String bookingKey(String shipmentId, String key) {
        shipments.update(shipmentId, "booking_key = coalesce(booking_key, ?)", key);
        return shipments.find(shipmentId).orElseThrow().bookingKey();
    }

    public void quoted(String shipmentId, long fee, Instant expectedDelivery) {
        shipments.update(shipmentId, "delivery_fee = ?, expected_delivery_at = ?", fee, timestamp(expectedDelivery));
    }

    public void booked(String shipmentId, String carrier, String carrierOrderCode, String sortCode, long fee,
            Instant expectedDelivery) {
        Shipment shipment = shipments.lock(shipmentId).orElseThrow();
        if (shipment.booked()) {
            return;
        }
        move(shipmentId, ShipmentStatus.BOOKED);
        shipments.update(shipmentId, """
                carrier = ?, carrier_order_code = ?, sort_code = ?, delivery_fee = ?, expected_delivery_at = ?,
                parcel_state = ?""", carrier, carrierOrderCode, sortCode, fee, timestamp(expectedDelivery),
                ParcelState.BOOKED.name());
        orders.addEvent(shipment.orderNumber(), "PARCEL_BOOKED", "Parcel " + shipmentId + " booked with "
                + carrier.toUpperCase(Locale.ROOT) + " as " + carrierOrderCode + " (fee " + fee + " VND)");
    }

    /** The parcel's stock left its store with the courier. */
    public void stockIssued(String shipmentId) {
        Shipment shipment = get(shipmentId);
        orders.addEvent(shipment.orderNumber(), "STOCK_ISSUED", "Stock of parcel " + shipmentId + " issued from store "
                + shipment.storeId());
    }

    /** A returned parcel's goods are back on its store's shelves. */
    public void restocked(String shipmentId) {
        Shipment shipment = get(shipmentId);
        orders.addEvent(shipment.orderNumber(), "RESTOCKED", "Parcel " + shipmentId + " back in stock at store "
                + shipment.storeId());
    }

    /** The carrier will not take the parcel: it is not shipped, and its goods go back on the shelf. */
    public void bookingRefused(String shipmentId, String reason) {
        Shipment shipment = move(shipmentId, ShipmentStatus.NOT_SHIPPED);
        orders.addEvent(shipment.orderNumber(), "PARCEL_REFUSED", "The carrier refused parcel " + shipmentId + ": "
                + reason);
    }

    /** The courier took the parcel at the store. */
    public void handedOver(String shipmentId) {
        Shipment shipment = shipments.lock(shipmentId).orElseThrow();
        if (shipment.status() == ShipmentStatus.BOOKED) {
            courierHasIt(shipment);
        }
        orders.addEvent(shipment.orderNumber(), "HANDED_TO_CARRIER", "Parcel " + shipmentId + " handed to "
                + shipment.carrier().toUpperCase(Locale.ROOT) + " (" + shipment.carrierOrderCode() + ")");
    }

    /** The parcel left its store with the courier, and with it the order, if it had not yet. */
    private void courierHasIt(Shipment shipment) {
        move(shipment.shipmentId(), ShipmentStatus.SHIPPED);
        Order order = orders.lock(shipment.orderNumber());
        if (order.status() == OrderStatus.CONFIRMED || order.status() == OrderStatus.PICKED) {
            orderStatus.moveOn(order, OrderStatus.SHIPPED);
        }
    }

    /**
     * A report made before the last one applied is stale: GHN retries a report it could not deliver,
     * so an earlier "delivering" can arrive after "delivery_fail".
     */
    private static boolean olderThanKnown(Shipment shipment, ParcelEvent event) {
        return shipment.carrierStatusAt() != null && event.occurredAt() != null
                && event.occurredAt().isBefore(shipment.carrierStatusAt());
    }

    /**
     * Applies a carrier's report to the parcel, under its row lock.
     *
     * @return false when it changes nothing: a report of an earlier state, or one about a parcel
     *         whose trip is over
     */
    public boolean carrierReported(String shipmentId, ParcelEvent event) {
        Shipment shipment = shipments.lock(shipmentId).orElseThrow();
        ParcelState current = shipment.parcelState() == null ? ParcelState.BOOKED : shipment.parcelState();
        if (event.state() == null || !current.canBeFollowedBy(event.state()) || olderThanKnown(shipment, event)) {
            return false;
        }
        if (shipment.status() == ShipmentStatus.BOOKED && event.state() != ParcelState.CANCELLED) {
            // the courier took the parcel before the store confirmed the hand-over
            courierHasIt(shipment);
        }
        shipments.update(shipmentId, "parcel_state = ?, carrier_status = ?, carrier_status_at = ?", event.state().name(),
                event.carrierStatus(), timestamp(event.occurredAt()));
        String orderNumber = shipment.orderNumber();
        switch (event.state()) {
            case DELIVERY_FAILED -> {
                shipments.update(shipmentId, "delivery_attempts = delivery_attempts + 1, last_failure_reason = ?",
                        event.reason() == null ? null : event.reason().length() > 300 ? event.reason().substring(0, 300)
                                : event.reason());
                orders.addEvent(orderNumber, "DELIVERY_FAILED", "Delivery attempt " + (shipment.deliveryAttempts() + 1)
                        + " of parcel " + shipmentId + " failed" + (event.reason() == null ? "" : ": " + event.reason()));
            }
            case DELIVERED -> {
                move(shipmentId, ShipmentStatus.DELIVERED);
                shipments.update(shipmentId, "cod_collected = ?", event.codAmount());
                orders.addEvent(orderNumber, "DELIVERED", "Parcel " + shipmentId + " delivered"
                        + (shipment.codAmount() > 0 ? "; the courier collected " + event.codAmount() + " VND" : ""));
            }
            case RETURNING -> {
                if (shipment.status() == ShipmentStatus.SHIPPED) {
                    move(shipmentId, ShipmentStatus.RETURNING);
                    orders.addEvent(orderNumber, "PARCEL_RETURNING", "Parcel " + shipmentId
                            + " is on its way back to store " + shipment.storeId());
                }
            }
            case RETURNED -> {
                move(shipmentId, ShipmentStatus.RETURNED);
                orders.addEvent(orderNumber, "PARCEL_RETURNED", "Parcel " + shipmentId + " is back at store "
                        + shipment.storeId());
            }
            case LOST, DAMAGED -> {
                move(shipmentId, ShipmentStatus.LOST);
                orders.addEvent(orderNumber, "PARCEL_LOST", "The carrier reports parcel " + shipmentId + " "
                        + (event.state() == ParcelState.LOST ? "lost" : "damaged"));
            }
            case CANCELLED -> {
                if (shipment.status().leftTheStore()) {
                    // a parcel the courier had cannot simply be cancelled: ops find out where it is
                    move(shipmentId, ShipmentStatus.LOST);
                }
                orders.addEvent(orderNumber, "PARCEL_CANCELLED", "The carrier cancelled parcel " + shipmentId
                        + (shipment.status().leftTheStore() ? " after taking it; ops follow it up" : ""));
            }
            default -> orders.addEvent(orderNumber, "PARCEL_" + event.state().name(), "Parcel " + shipmentId + ": "
                    + describe(event.state()));
        }
        return true;
    }

    /** The customer cancelled: the parcel is called back or never leaves. */
    public void recallRequested(String shipmentId) {
        Shipment shipment = get(shipmentId);
        shipments.update(shipmentId, "recall_requested = ?", true);
        orders.addEvent(shipment.orderNumber(), "PARCEL_RECALLED", "The carrier was asked to bring parcel "
                + shipmentId + " back to store " + shipment.storeId());
    }

    /** The carrier stopped delivering after the failed attempts and brings the parcel back. */
    public void returnRequested(String shipmentId) {
        Shipment shipment = get(shipmentId);
        orders.addEvent(shipment.orderNumber(), "RETURN_REQUESTED", "The carrier was asked to bring parcel "
                + shipmentId + " back to store " + shipment.storeId() + " after " + shipment.deliveryAttempts()
                + " failed attempts");
    }

    /** The parcel will not ship: its store could not hold the stock, or nothing of it was picked. */
    public void notShipped(String shipmentId, String why) {
        Shipment shipment = move(shipmentId, ShipmentStatus.NOT_SHIPPED);
        orders.addEvent(shipment.orderNumber(), "PARCEL_NOT_SHIPPED", "Parcel " + shipmentId + " will not ship: " + why);
    }

    /** The parcel never left the store and never will: cancelled before the courier took it. */
    public void cancelled(String shipmentId) {
        Shipment shipment = shipments.lock(shipmentId).orElseThrow();
        if (!shipment.status().terminal()) {
            move(shipmentId, ShipmentStatus.CANCELLED);
            orders.addEvent(shipment.orderNumber(), "PARCEL_CANCELLED", "Parcel " + shipmentId + " cancelled");
        }
    }

    /** A returned parcel was received at its store: intact goods are back in stock. */
    public void returnReceived(String shipmentId, boolean intact, String note) {
        Shipment shipment = get(shipmentId);
        shipments.update(shipmentId, "return_received = ?", true);
        orders.addEvent(shipment.orderNumber(), "RETURN_RECEIVED", "Parcel " + shipmentId + " received back at store "
                + shipment.storeId() + (intact ? ", intact; back in stock" : ", damaged; written off")
                + (note == null || note.isBlank() ? "" : ": " + note));
    }

    /** Ops opened a claim with the carrier for a parcel it lost, damaged or would not stop. */
    public void claimed(String shipmentId, String reference, String note, String user) {
        Shipment shipment = get(shipmentId);
        shipments.update(shipmentId, "claim_reference = ?", reference.length() > 100 ? reference.substring(0, 100) : reference);
        orders.addEvent(shipment.orderNumber(), "CARRIER_CLAIM", "Claim " + reference + " opened with the carrier for parcel "
                + shipmentId + " by " + user + (note == null || note.isBlank() ? "" : ": " + note));
    }

    public void codDifference(String shipmentId, long expected, long collected) {
        Shipment shipment = get(shipmentId);
        orders.addEvent(shipment.orderNumber(), "COD_DIFFERENCE", "The carrier reports collecting " + collected
                + " VND for parcel " + shipmentId + " instead of " + expected + " VND; ops check it");
    }

    public void codReconciled(String shipmentId, String resolution, String user, String note) {
        Shipment shipment = get(shipmentId);
        orders.addEvent(shipment.orderNumber(), "COD_RECONCILED", "Cash on delivery of parcel " + shipmentId
                + " reconciled by " + user + ": " + resolution + (note == null ? "" : " (" + note + ")"));
    }

    /**
     * Every parcel is at its end: the order costs what was delivered. A cash-on-delivery order is paid
     * what the couriers collected.
     *
     * @return the order settled: {@code DELIVERED} when anything arrived, else {@code NOT_DELIVERED}
     */
    public Order settleDeliveries(String orderNumber) {
        Order order = orders.lock(orderNumber);
        List<Shipment> parcels = shipments.ofOrder(orderNumber);
        List<Shipment> delivered = parcels.stream().filter(s -> s.status() == ShipmentStatus.DELIVERED).toList();
        long payable = delivered.stream().mapToLong(s -> s.value(order)).sum();
        long collected = delivered.stream().mapToLong(s -> s.codCollected() == null ? 0 : s.codCollected()).sum();
        orders.update(orderNumber, "payable_amount = ?, paid_amount = paid_amount + ?, collected_at = ?", payable,
                order.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY ? collected : 0,
                delivered.isEmpty() ? null : orders.now());
        OrderStatus next = delivered.isEmpty() ? OrderStatus.NOT_DELIVERED : OrderStatus.DELIVERED;
        orderStatus.moveOn(order, next);
        orders.addEvent(orderNumber, next.name(), delivered.isEmpty() ? "No parcel was delivered"
                : delivered.size() + " of " + parcels.size() + " parcel(s) delivered; the order costs " + payable + " VND");
        return orders.find(orderNumber).orElseThrow();
    }

    private Shipment move(String shipmentId, ShipmentStatus next) {
        Shipment shipment = get(shipmentId);
        if (shipment.status() == next) {
            return shipment;
        }
        if (!shipment.status().canMoveTo(next)) {
            throw new IllegalStateException("Parcel " + shipmentId + " cannot move from " + shipment.status() + " to "
                    + next);
        }
        shipments.update(shipmentId, "status = ?", next.name());
        return shipment;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String describe(ParcelState state) {
        return switch (state) {
            case PICKED_UP -> "the courier has it";
            case IN_TRANSIT -> "on its way";
            case OUT_FOR_DELIVERY -> "out for delivery";
            default -> state.name().toLowerCase().replace('_', ' ');
        };
    }

    private static String describe(List<StockLine> lines) {
        return lines.stream().map(l -> l.quantity() + " × " + l.sku()).collect(Collectors.joining(", "));
    }

    private static String describeShortfalls(List<PickResult.Shortfall> unpicked) {
        return unpicked.stream().map(s -> s.quantity() + " × " + s.sku() + " (" + s.reason().description() + ")")
                .collect(Collectors.joining(", "));
    }
}
