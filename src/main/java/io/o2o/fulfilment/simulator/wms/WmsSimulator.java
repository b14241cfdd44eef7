package io.o2o.fulfilment.simulator.wms;

import io.o2o.fulfilment.simulator.FirstAnswers;
import io.o2o.fulfilment.simulator.SimulatorException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The simulated warehouse: on-hand and reserved stock per store and SKU, reservations, and goods
 * put back on the shelves (restocks). Available stock is on-hand minus reserved. One lock guards
 * everything, so concurrent orders for the last units can never both get them.
 */
class WmsSimulator {

    private final Map<String, Map<String, StockLevel>> stockByStore = new TreeMap<>();
    private final Map<String, Reservation> reservations = new HashMap<>();
    private final List<Restock> restocks = new ArrayList<>();
    /** Orders released at a store: a reservation for them that arrives late holds nothing. */
    private final Set<String> closedOrders = new HashSet<>();
    private final FirstAnswers answers = new FirstAnswers();
    private int sequence;

    synchronized void setOnHand(String storeId, String sku, int onHand) {
        stockByStore.computeIfAbsent(storeId, s -> new TreeMap<>()).computeIfAbsent(sku, s -> new StockLevel()).onHand =
                onHand;
    }

    /** Holds every line or nothing: a shortage on any line reserves none of them. */
    synchronized ReserveOutcome reserve(String idempotencyKey, String orderNumber, String storeId, List<Line> lines) {
        return answers.once(key("reserve", idempotencyKey), () -> reserve(orderNumber, storeId, lines)).value();
    }

    private ReserveOutcome reserve(String orderNumber, String storeId, List<Line> lines) {
        if (closedOrders.contains(storeId + "/" + orderNumber)) {
            throw SimulatorException.conflict("order " + orderNumber + " was released at store " + storeId
                    + "; nothing reserved");
        }
        Map<String, Integer> wanted = bySku(lines);
        List<Line> shortages = new ArrayList<>();
        wanted.forEach((sku, quantity) -> {
            int available = level(storeId, sku).available();
            if (available < quantity) {
                shortages.add(new Line(sku, quantity - available));
            }
        });
        if (!shortages.isEmpty()) {
            return new ReserveOutcome(null, shortages);
        }
        wanted.forEach((sku, quantity) -> level(storeId, sku).reserved += quantity);
        Reservation reservation = new Reservation("RSV-%06d".formatted(++sequence), orderNumber, storeId, wanted,
                Instant.now());
        reservations.put(reservation.id, reservation);
        return new ReserveOutcome(reservation.view(), List.of());
    }

    /** Gives held stock back: all of it when {@code lines} is empty, else up to the given quantities. */
    synchronized Reservation.View release(String idempotencyKey, String reservationId, List<Line> lines) {
        return answers.once(key("release", idempotencyKey), () -> release(reservationId, lines)).value();
    }

    private Reservation.View release(String reservationId, List<Line> lines) {
        Reservation reservation = reservation(reservationId);
        if (reservation.status == Reservation.Status.COMMITTED) {
            throw SimulatorException.conflict("reservation " + reservationId + " is committed; nothing to release");
        }
        Map<String, Integer> toRelease = lines == null || lines.isEmpty() ? Map.copyOf(reservation.held) : bySku(lines);
        toRelease.forEach((sku, quantity) -> unhold(reservation, sku, Math.min(quantity, held(reservation, sku))));
        if (reservation.held.isEmpty()) {
            reservation.status = Reservation.Status.RELEASED;
        }
        return reservation.view();
    }

    /**
     * Gives back everything held for the order at the store, whatever the reservation ids, and
     * refuses any reservation for it that arrives afterwards: a cancellation never has to know
     * whether a reservation made in the meantime exists.
     */
    synchronized List<Reservation.View> releaseOrder(String idempotencyKey, String orderNumber, String storeId) {
        return answers.once(key("release-order", idempotencyKey), () -> releaseOrder(orderNumber, storeId)).value();
    }

    private List<Reservation.View> releaseOrder(String orderNumber, String storeId) {
        closedOrders.add(storeId + "/" + orderNumber);
        return reservations.values().stream()
                .filter(r -> r.orderNumber.equals(orderNumber) && r.storeId.equals(storeId))
                .filter(r -> r.status == Reservation.Status.RESERVED)
                .map(r -> release(r.id, List.of()))
                .toList();
    }

    /** Every reservation of an order, as the WMS shows them to people checking on it. */
    synchronized List<Reservation.View> reservationsOf(String orderNumber) {
        return reservations.values().stream().filter(r -> r.orderNumber.equals(orderNumber))
                .sorted(Comparator.comparing(r -> r.id)).map(Reservation::view).toList();
    }

    /**
     * The customer took {@code lines} (all held stock when empty): on-hand goes down by them and
     * whatever else the reservation held becomes available again.
     */
    synchronized Reservation.View commit(String idempotencyKey, String reservationId, List<Line> lines) {
        return answers.once(key("commit", idempotencyKey), () -> commit(reservationId, lines)).value();
    }

    private Reservation.View commit(String reservationId, List<Line> lines) {
        Reservation reservation = reservation(reservationId);
        if (reservation.status == Reservation.Status.COMMITTED) {
            return reservation.view();
        }
        if (reservation.status == Reservation.Status.RELEASED) {
            throw SimulatorException.conflict("reservation " + reservationId + " was released; nothing to commit");
        }
        Map<String, Integer> taken = lines == null || lines.isEmpty() ? Map.copyOf(reservation.held) : bySku(lines);
        taken.forEach((sku, quantity) -> {
            if (quantity > held(reservation, sku)) {
                throw SimulatorException.conflict("cannot commit %d x %s: reservation %s holds %d"
                        .formatted(quantity, sku, reservationId, held(reservation, sku)));
            }
        });
        taken.forEach((sku, quantity) -> {
            unhold(reservation, sku, quantity);
            level(reservation.storeId, sku).onHand -= quantity;
            reservation.committed.merge(sku, quantity, Integer::sum);
        });
        Map.copyOf(reservation.held).forEach((sku, quantity) -> unhold(reservation, sku, quantity));
        reservation.status = Reservation.Status.COMMITTED;
        return reservation.view();
    }

    /**
     * What each store can sell now, per SKU: on hand minus held, never below 0, and 0 for a SKU the store
     * has no record of. Stores it does not know are left out; no store ids means every store.
     */
    synchronized List<StoreAvailability> availability(List<String> skus, List<String> storeIds) {
        Collection<String> stores = storeIds == null || storeIds.isEmpty() ? stockByStore.keySet() : storeIds;
        return stores.stream().distinct().filter(stockByStore::containsKey)
                .map(storeId -> new StoreAvailability(storeId, available(storeId, skus)))
                .toList();
    }

    private Map<String, Integer> available(String storeId, List<String> skus) {
        Map<String, StockLevel> levels = stockByStore.get(storeId);
        Map<String, Integer> available = new LinkedHashMap<>();
        skus.forEach(sku -> available.put(sku, levels.containsKey(sku) ? Math.max(0, levels.get(sku).available()) : 0));
        return available;
    }

    /** Goods back on a store's shelves: on-hand goes up by {@code lines}, once per idempotency key. */
    synchronized FirstAnswers.Answer<Restock> restock(String idempotencyKey, String orderNumber, String storeId,
            List<Line> lines) {
        return answers.once(key("restock", idempotencyKey), () -> restock(orderNumber, storeId, lines));
    }

    private Restock restock(String orderNumber, String storeId, List<Line> lines) {
        if (!stockByStore.containsKey(storeId)) {
            throw SimulatorException.notFound("unknown store " + storeId);
        }
        Map<String, Integer> added = bySku(lines);
        added.forEach((sku, quantity) -> level(storeId, sku).onHand += quantity);
        Restock restock = new Restock("RST-%06d".formatted(restocks.size() + 1), orderNumber, storeId, "RESTOCKED",
                added.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue())).toList(), Instant.now());
        restocks.add(restock);
        return restock;
    }

    /** The restocks of an order, oldest first. */
    synchronized List<Restock> restocksOf(String orderNumber) {
        return restocks.stream().filter(r -> orderNumber.equals(r.orderNumber())).toList();
    }

    synchronized Reservation.View find(String reservationId) {
        return reservation(reservationId).view();
    }

    synchronized List<StockView> stock(String storeId) {
        Map<String, StockLevel> levels = stockByStore.get(storeId);
        if (levels == null) {
            throw SimulatorException.notFound("unknown store " + storeId);
        }
        return levels.entrySet().stream().map(e -> e.getValue().view(storeId, e.getKey())).toList();
    }

    synchronized StockView stock(String storeId, String sku) {
        StockLevel level = stockByStore.getOrDefault(storeId, Map.of()).get(sku);
        if (level == null) {
            throw SimulatorException.notFound("no stock record for " + sku + " in store " + storeId);
        }
        return level.view(storeId, sku);
    }

    private Reservation reservation(String reservationId) {
        Reservation reservation = reservations.get(reservationId);
        if (reservation == null) {
            throw SimulatorException.notFound("unknown reservation " + reservationId);
        }
        return reservation;
    }

    private StockLevel level(String storeId, String sku) {
        return stockByStore.computeIfAbsent(storeId, s -> new TreeMap<>()).computeIfAbsent(sku, s -> new StockLevel());
    }

    private static int held(Reservation reservation, String sku) {
        return reservation.held.getOrDefault(sku, 0);
    }

    private void unhold(Reservation reservation, String sku, int quantity) {
        level(reservation.storeId, sku).reserved -= quantity;
        reservation.held.computeIfPresent(sku, (s, held) -> held == quantity ? null : held - quantity);
    }

    /** Keys are per action: the same key on reserve and on release are two calls. */
    private static String key(String action, String idempotencyKey) {
        return idempotencyKey == null ? null : action + ":" + idempotencyKey;
    }

    private static Map<String, Integer> bySku(List<Line> lines) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        lines.forEach(line -> quantities.merge(line.sku(), line.quantity(), Integer::sum));
        return quantities;
    }

    /** A reservation, or the shortages that prevented it. */
    record ReserveOutcome(Reservation.View reservation, List<Line> shortages) {
    }

    record StockView(String storeId, String sku, int onHand, int reserved, int available) {
    }

    /** What one store can sell now, by SKU. */
    record StoreAvailability(String storeId, Map<String, Integer> available) {
    }

    /** Goods put back on a store's shelves. */
    record Restock(String restockId, String orderNumber, String storeId, String status, List<Line> lines,
            Instant createdAt) {
    }

    private static final class StockLevel {
        int onHand;
        int reserved;

        int available() {
            return onHand - reserved;
        }

        StockView view(String storeId, String sku) {
            return new StockView(storeId, sku, onHand, reserved, available());
        }
    }
}
