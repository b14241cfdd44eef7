package io.o2o.fulfilment.simulator.zalopay;

import java.time.Instant;
import java.util.Map;

/** One ZaloPay order as the simulator remembers it; guarded by {@link ZalopaySimulator}'s lock. */
final class SimulatedOrder {

    enum Status {
        UNPAID, PAID, DECLINED
    }

    final String appTransId;
    final long amount;
    final String description;
    final String callbackUrl;
    final Instant expiresAt;
    final Map<String, Object> callbackData;
    Status status = Status.UNPAID;
    long zpTransId;
    long refunded;
    int refunds;
    Map<String, Object> lastCallback;

    SimulatedOrder(String appTransId, long amount, String description, String callbackUrl, Instant expiresAt,
            Map<String, Object> callbackData) {
        this.appTransId = appTransId;
        this.amount = amount;
        this.description = description;
        this.callbackUrl = callbackUrl;
        this.expiresAt = expiresAt;
        this.callbackData = callbackData;
    }
}
