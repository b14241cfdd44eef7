package io.o2o.fulfilment.simulator.momo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One payment as the simulator remembers it; guarded by {@link MomoSimulator}'s lock. */
final class SimulatedPayment {

    final String orderId;
    final String requestId;
    final long amount;
    final String orderInfo;
    final String extraData;
    final String ipnUrl;
    final String redirectUrl;
    final boolean autoCapture;
    final String lang;
    final String token;
    final Instant expiresAt;
    SimulatedResult status = SimulatedResult.INITIATED;
    long transId;
    long refunded;
    final List<Map<String, Object>> refunds = new ArrayList<>();
    Map<String, Object> lastIpn;

    SimulatedPayment(String orderId, String requestId, long amount, String orderInfo, String extraData, String ipnUrl,
            String redirectUrl, boolean autoCapture, String lang, String token, Instant expiresAt) {
        this.orderId = orderId;
        this.requestId = requestId;
        this.amount = amount;
        this.orderInfo = orderInfo;
        this.extraData = extraData;
        this.ipnUrl = ipnUrl;
        this.redirectUrl = redirectUrl;
        this.autoCapture = autoCapture;
        this.lang = lang;
        this.token = token;
        this.expiresAt = expiresAt;
    }

    boolean waitingForUser() {
        return status == SimulatedResult.INITIATED;
    }
}
