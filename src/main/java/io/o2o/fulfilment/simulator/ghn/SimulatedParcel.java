package io.o2o.fulfilment.simulator.ghn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One GHN order as the simulator remembers it; guarded by {@link GhnSimulator}'s lock. */
final class SimulatedParcel {

    final String orderCode;
    final String clientOrderCode;
    final long shopId;
    final String sortCode;
    /** The create request as GHN received it. */
    final Map<String, Object> request;
    final Tariff tariff;
    final long codAmount;
    final long insuranceValue;
    final Instant createdAt;
    final List<Change> history = new ArrayList<>();
    final List<GhnWebhookSender.Delivery> webhooks = new ArrayList<>();
    /** Cash the courier collected, once delivered. */
    Long collectedCod;
    /** The last webhook sent, exactly as sent. */
    String lastWebhook;

    SimulatedParcel(String orderCode, String clientOrderCode, long shopId, String sortCode,
            Map<String, Object> request, Tariff tariff, long codAmount, long insuranceValue, Instant createdAt) {
        this.orderCode = orderCode;
        this.clientOrderCode = clientOrderCode;
        this.shopId = shopId;
        this.sortCode = sortCode;
        this.request = request;
        this.tariff = tariff;
        this.codAmount = codAmount;
        this.insuranceValue = insuranceValue;
        this.createdAt = createdAt;
    }

    String status() {
        return history.get(history.size() - 1).status();
    }

    Instant updatedAt() {
        return history.get(history.size() - 1).at();
    }

    /**
     * Records a status at {@code now}, or a millisecond after the last one if the clock has not moved
     * on: GHN's times of one order never repeat, and a report's time tells the reports apart.
     */
    Change record(String status, Instant now, String reason) {
        Instant at = history.isEmpty() || now.isAfter(updatedAt()) ? now : updatedAt().plusMillis(1);
        Change change = new Change(status, at, reason == null ? "" : reason);
        history.add(change);
        return change;
    }

    /** How often the parcel reached a status. */
    long times(String status) {
        return history.stream().filter(change -> change.status().equals(status)).count();
    }

    record Change(String status, Instant at, String reason) {
    }
}
