package io.o2o.fulfilment.simulator.wms;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hold on stock for one order; mutated only under the {@link WmsSimulator}'s lock. */
final class Reservation {

    enum Status {
        RESERVED, RELEASED, COMMITTED
    }

    final String id;
    final String orderNumber;
    final String storeId;
    final Instant createdAt;
    final Map<String, Integer> held = new LinkedHashMap<>();
    final Map<String, Integer> committed = new LinkedHashMap<>();
    Status status = Status.RESERVED;

    Reservation(String id, String orderNumber, String storeId, Map<String, Integer> lines, Instant createdAt) {
        this.id = id;
        this.orderNumber = orderNumber;
        this.storeId = storeId;
        this.createdAt = createdAt;
        held.putAll(lines);
    }

    View view() {
        return new View(id, orderNumber, storeId, status, lines(held), lines(committed), createdAt);
    }

    private static List<Line> lines(Map<String, Integer> quantities) {
        return quantities.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue())).toList();
    }

    /** What the API shows: {@code lines} still held, {@code committedLines} gone with the customer. */
    record View(String reservationId, String orderNumber, String storeId, Status status, List<Line> lines,
            List<Line> committedLines, Instant createdAt) {
    }
}
