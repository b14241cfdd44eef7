package io.o2o.fulfilment.simulator.momo;

import static io.o2o.fulfilment.simulator.RequestFields.longOrZero;
import static io.o2o.fulfilment.simulator.RequestFields.text;

import io.o2o.fulfilment.simulator.FirstAnswers;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * MoMo's one-time payment API as a stand-in: create, query, refund and confirm with MoMo's
 * validation, signatures and resultCodes, and the customer's decision on the pay page, which ends
 * in a signed IPN. Everything is kept in memory; one lock keeps the rules simple.
 */
@Service
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class MomoSimulator {

    private static final Pattern ORDER_ID = Pattern.compile("^[0-9a-zA-Z]([-_.]*[0-9a-zA-Z]+)*$");
    private static final long MIN_REFUND = 1_000;
    /** Amount limits per requestType, VND; payWithMethod is assumed to take the wallet's limits. */
    private static final Map<String, long[]> LIMITS = Map.of(
            "captureWallet", new long[] {1_000, 50_000_000},
            "payWithMethod", new long[] {1_000, 50_000_000},
            "payWithATM", new long[] {10_000, 50_000_000},
            "payWithCC", new long[] {1_000, 10_000_000});

    private final MomoSimulatorProperties properties;
    private final SimulatorSignature signature;
    private final MomoIpnSender ipnSender;
    private final Environment environment;
    private final Clock clock;
    /** First final answer per requestId: MoMo answers a repeated requestId with it. */
    private final FirstAnswers answers = new FirstAnswers();
    private final Map<String, SimulatedPayment> byOrderId = new ConcurrentHashMap<>();
    private final Map<String, SimulatedPayment> byToken = new ConcurrentHashMap<>();
    private final Map<Long, SimulatedPayment> byTransId = new ConcurrentHashMap<>();
    /** Payment and refund orderIds share one namespace at MoMo. */
    private final Map<String, Boolean> usedOrderIds = new ConcurrentHashMap<>();

    /**
     * The simulators' base URL is read per payment: it may hold the web server's port, which is
     * only known once the server runs (tests on a random port).
     */
    MomoSimulator(MomoSimulatorProperties properties, MomoIpnSender ipnSender, Environment environment, Clock clock) {
        this.properties = properties;
        this.signature = new SimulatorSignature(properties.accessKey(), properties.secretKey());
        this.ipnSender = ipnSender;
        this.environment = environment;
        this.clock = clock;
    }

    synchronized Map<String, Object> create(Map<String, Object> request) {
        return once(request, SimulatorSignature.CREATE, this::createOnce, "amount", "orderId", "orderInfo", "ipnUrl",
                "requestType");
    }

    private Map<String, Object> createOnce(Map<String, Object> request) {
        String orderId = text(request, "orderId");
        String lang = text(request, "lang");
        long[] limits = LIMITS.get(text(request, "requestType"));
        Long amount = amount(request);
        SimulatedResult refusal = text(request, "requestId").length() > 50 || text(request, "orderInfo").length() > 255
                || limits == null || !text(request, "ipnUrl").matches("^https?://.+") ? SimulatedResult.BAD_FORMAT
                : !validOrderId(orderId) ? SimulatedResult.UNKNOWN_ORDER
                : amount == null || amount <= 0 ? SimulatedResult.INVALID_AMOUNT
                : amount < limits[0] || amount > limits[1] ? SimulatedResult.AMOUNT_OUT_OF_RANGE
                : usedOrderIds.containsKey(orderId) ? SimulatedResult.DUPLICATE_ORDER_ID
                : null;
        Map<String, Object> answer = answer(request, refusal == null ? SimulatedResult.SUCCESS : refusal, lang);
        answer.put("orderId", orderId);
        answer.put("amount", amount);
        if (refusal == null) {
            String token = UUID.randomUUID().toString().replace("-", "");
            SimulatedPayment payment = new SimulatedPayment(orderId, text(request, "requestId"), amount,
                    text(request, "orderInfo"), text(request, "extraData"), text(request, "ipnUrl"),
                    text(request, "redirectUrl"), !Boolean.FALSE.equals(request.get("autoCapture")), lang, token,
                    clock.instant().plus(properties.paymentLinkTtl()));
            usedOrderIds.put(orderId, true);
            byOrderId.put(orderId, payment);
            byToken.put(token, payment);
            answer.put("payUrl", environment.getRequiredProperty("o2o.simulators.base-url") + "/sim/momo/pay/" + token);
        }
        return answer;
    }

    synchronized Map<String, Object> query(Map<String, Object> request) {
        Optional<Map<String, Object>> refused = authenticate(request, SimulatorSignature.QUERY,
                "orderId");
        if (refused.isPresent()) {
            return refused.get();
        }
        SimulatedPayment payment = byOrderId.get(text(request, "orderId"));
        String lang = text(request, "lang");
        if (payment == null) {
            return answer(request, SimulatedResult.UNKNOWN_ORDER, lang);
        }
        Map<String, Object> answer = answer(request, payment.status, lang);
        answer.put("orderId", payment.orderId);
        answer.put("extraData", payment.extraData);
        answer.put("amount", payment.amount);
        answer.put("transId", payment.transId);
        answer.put("payType", payment.waitingForUser() ? "" : "web");
        answer.put("refundTrans", List.copyOf(payment.refunds));
        return answer;
    }

    synchronized Map<String, Object> refund(Map<String, Object> request) {
        return once(request, SimulatorSignature.REFUND, this::refundOnce, "orderId", "amount", "transId");
    }

    private Map<String, Object> refundOnce(Map<String, Object> request) {
        String orderId = text(request, "orderId");
        Long amount = amount(request);
        SimulatedPayment payment = byTransId.get(longOrZero(text(request, "transId")));
        SimulatedResult refusal = !validOrderId(orderId) ? SimulatedResult.UNKNOWN_ORDER
                : usedOrderIds.containsKey(orderId) ? SimulatedResult.DUPLICATE_ORDER_ID
                : payment == null ? SimulatedResult.UNKNOWN_ORDER
                : payment.status != SimulatedResult.SUCCESS ? SimulatedResult.NOT_REFUNDABLE
                : amount == null || amount <= 0 ? SimulatedResult.INVALID_AMOUNT
                : amount < MIN_REFUND ? SimulatedResult.AMOUNT_OUT_OF_RANGE
                : payment.refunded + amount > payment.amount ? SimulatedResult.REFUND_REJECTED
                : null;
        Map<String, Object> answer = answer(request, refusal == null ? SimulatedResult.SUCCESS : refusal,
                text(request, "lang"));
        answer.put("orderId", orderId);
        answer.put("amount", amount);
        if (refusal == null) {
            long refundTransId = newTransId();
            usedOrderIds.put(orderId, true);
            payment.refunded += amount;
            Map<String, Object> refund = new LinkedHashMap<>();
            refund.put("orderId", orderId);
            refund.put("amount", amount);
            refund.put("resultCode", 0);
            refund.put("transId", refundTransId);
            refund.put("createdTime", clock.millis());
            payment.refunds.add(refund);
            answer.put("transId", refundTransId);
        }
        return answer;
    }

    /** Capture or cancel an authorisation (a payment created with autoCapture false). */
    synchronized Map<String, Object> confirm(Map<String, Object> request) {
        return once(request, SimulatorSignature.CONFIRM, this::confirmOnce, "orderId", "amount", "requestType");
    }

    private Map<String, Object> confirmOnce(Map<String, Object> request) {
        SimulatedPayment payment = byOrderId.get(text(request, "orderId"));
        String action = text(request, "requestType");
        SimulatedResult refusal = payment == null || payment.status != SimulatedResult.AUTHORISED
                ? SimulatedResult.UNKNOWN_ORDER
                : !"capture".equals(action) && !"cancel".equals(action) ? SimulatedResult.BAD_FORMAT
                : "capture".equals(action) && !Long.valueOf(payment.amount).equals(amount(request))
                        ? SimulatedResult.AMOUNT_OUT_OF_RANGE
                : null;
        if (refusal == null) {
            // unverified whether MoMo sends an IPN after confirm; the simulator does, so the shop hears of it
            finish(payment, "capture".equals(action) ? SimulatedResult.SUCCESS : SimulatedResult.CANCELLED);
        }
        Map<String, Object> answer = answer(request, refusal == null ? SimulatedResult.SUCCESS : refusal,
                text(request, "lang"));
        answer.put("orderId", text(request, "orderId"));
        answer.put("amount", amount(request));
        answer.put("transId", payment == null ? 0 : payment.transId);
        return answer;
    }

    /** An order as MoMo's merchant portal shows it: its state and refunds. */
    synchronized Optional<Map<String, Object>> order(String orderId) {
        return Optional.ofNullable(byOrderId.get(orderId)).map(payment -> Map.of("orderId", payment.orderId,
                "resultCode", payment.status.code, "amount", payment.amount, "transId", payment.transId,
                "refunds", List.copyOf(payment.refunds)));
    }

    /** The pay page of a link, rendered under the lock because the customer may be deciding at the same time. */
    synchronized Optional<String> payPage(String token) {
        return Optional.ofNullable(byToken.get(token)).map(payment -> MomoPayPage.payPage(payment, expired(payment)));
    }

    /** Where the shop wants the customer back after the pay page; blank when it gave no redirectUrl. */
    Optional<String> redirectUrl(String token) {
        return Optional.ofNullable(byToken.get(token)).map(payment -> payment.redirectUrl);
    }

    /**
     * The customer's decision on the pay page. Returns the IPN fields; a payment already decided
     * returns its IPN again without a second one being sent.
     */
    synchronized Optional<Map<String, Object>> decide(String token, boolean pay) {
        SimulatedPayment payment = byToken.get(token);
        if (payment == null) {
            return Optional.empty();
        }
        if (payment.waitingForUser()) {
            payment.transId = newTransId();
            byTransId.put(payment.transId, payment);
            finish(payment, expired(payment) ? SimulatedResult.EXPIRED
                    : !pay ? SimulatedResult.DENIED_BY_USER
                    : payment.autoCapture ? SimulatedResult.SUCCESS
                    : SimulatedResult.AUTHORISED);
        }
        return Optional.of(payment.lastIpn);
    }

    /** Sends the last IPN of an order again, exactly as it was (a replay); empty if there is none. */
    Optional<Integer> resendIpn(String orderId) {
        SimulatedPayment payment = byOrderId.get(orderId);
        Map<String, Object> ipn;
        synchronized (this) {
            ipn = payment == null ? null : payment.lastIpn;
        }
        return ipn == null ? Optional.empty() : Optional.of(ipnSender.sendOnce(payment.ipnUrl, ipn));
    }

    private boolean expired(SimulatedPayment payment) {
        return clock.instant().isAfter(payment.expiresAt);
    }

    private void finish(SimulatedPayment payment, SimulatedResult result) {
        payment.status = result;
        Map<String, Object> ipn = new LinkedHashMap<>();
        ipn.put("partnerCode", properties.partnerCode());
        ipn.put("orderId", payment.orderId);
        ipn.put("requestId", payment.requestId);
        ipn.put("amount", payment.amount);
        ipn.put("orderInfo", payment.orderInfo);
        ipn.put("orderType", "momo_wallet");
        ipn.put("transId", payment.transId);
        ipn.put("resultCode", result.code);
        ipn.put("message", result.message(payment.lang));
        ipn.put("payType", "web");
        ipn.put("responseTime", clock.millis());
        ipn.put("extraData", payment.extraData);
        ipn.put("signature", signature.sign(SimulatorSignature.IPN, ipn));
        payment.lastIpn = Collections.unmodifiableMap(ipn);
        ipnSender.deliver(payment.ipnUrl, payment.lastIpn);
    }

    /**
     * An authenticated request is done once per requestId and its answer remembered; an
     * unauthenticated one is answered without being remembered.
     */
    private Map<String, Object> once(Map<String, Object> request, List<String> signedFields,
            UnaryOperator<Map<String, Object>> work, String... required) {
        return authenticate(request, signedFields, required).orElseGet(
                () -> answers.once(text(request, "requestId"), () -> work.apply(request)).value());
    }

    /** Missing fields, a foreign partnerCode or a wrong signature. */
    private Optional<Map<String, Object>> authenticate(Map<String, Object> request, List<String> signedFields,
            String... required) {
        String lang = text(request, "lang");
        if (text(request, "requestId").isBlank()) {
            return Optional.of(answer(request, SimulatedResult.BAD_FORMAT, lang));
        }
        for (String field : required) {
            if (text(request, field).isBlank()) {
                return Optional.of(answer(request, SimulatedResult.BAD_FORMAT, lang));
            }
        }
        if (!properties.partnerCode().equals(request.get("partnerCode"))) {
            return Optional.of(answer(request, SimulatedResult.ACCESS_DENIED, lang));
        }
        if (!signature.matches(signedFields, request)) {
            return Optional.of(answer(request, SimulatedResult.AUTHENTICATION_FAILED, lang));
        }
        return Optional.empty();
    }

    private Map<String, Object> answer(Map<String, Object> request, SimulatedResult result, String lang) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("partnerCode", request.get("partnerCode"));
        answer.put("requestId", request.get("requestId"));
        answer.put("orderId", request.get("orderId"));
        answer.put("resultCode", result.code);
        answer.put("message", result.message(lang));
        answer.put("responseTime", clock.millis());
        return answer;
    }

    private long newTransId() {
        long transId;
        do {
            transId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        } while (byTransId.containsKey(transId));
        return transId;
    }

    private static boolean validOrderId(String orderId) {
        return orderId.length() <= 200 && ORDER_ID.matcher(orderId).matches();
    }

    private static Long amount(Map<String, Object> request) {
        Object amount = request.get("amount");
        if (amount instanceof Integer || amount instanceof Long) {
            return ((Number) amount).longValue();
        }
        return null;
    }
}
