package io.o2o.fulfilment.simulator.zalopay;

import static io.o2o.fulfilment.simulator.RequestFields.longOrZero;
import static io.o2o.fulfilment.simulator.RequestFields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.simulator.SimulatorHmac;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * ZaloPay's v2 order API as a stand-in: create, query, refund and query_refund with ZaloPay's
 * macs (key1) and return codes, the customer's decision on the pay page, and a callback signed
 * with key2 when the customer pays (ZaloPay calls back only on success). In memory, one lock.
 * Sub-return codes are ZaloPay's where known (-402 bad mac, -68 duplicate app_trans_id); -401 for
 * other invalid input is the simulator's choice.
 */
@Service
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class ZalopaySimulator {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final Pattern APP_TRANS_ID = Pattern.compile("^(\\d{6})_[A-Za-z0-9_]+$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final long MIN_AMOUNT = 1_000;
    private static final List<String> CREATE_MAC = List.of("app_id", "app_trans_id", "app_user", "amount", "app_time",
            "embed_data", "item");
    private static final List<String> REFUND_MAC = List.of("app_id", "zp_trans_id", "amount", "description",
            "timestamp");
    private static final List<String> QUERY_REFUND_MAC = List.of("app_id", "m_refund_id", "timestamp");

    private final ZalopaySimulatorProperties properties;
    private final ZalopayCallbackSender sender;
    private final Environment environment;
    private final Clock clock;
    private final ObjectMapper json;
    private final Map<String, SimulatedOrder> orders = new HashMap<>();
    private final Map<String, SimulatedOrder> byToken = new HashMap<>();
    private final Map<Long, SimulatedOrder> byZpTransId = new HashMap<>();
    private final Map<String, Refund> refunds = new HashMap<>();
    private final AtomicLong sequence = new AtomicLong(1);
    private boolean refundsProcessing;

    ZalopaySimulator(ZalopaySimulatorProperties properties, ZalopayCallbackSender sender, Environment environment,
            Clock clock, ObjectMapper json) {
        this.properties = properties;
        this.sender = sender;
        this.environment = environment;
        this.clock = clock;
        this.json = json;
    }

    synchronized Map<String, Object> create(Map<String, Object> request) {
        if (!macMatches(CREATE_MAC, request)) {
            return failed(-402, "Invalid mac");
        }
        String appTransId = text(request, "app_trans_id");
        Long amount = amount(request);
        if (!validAppTransId(appTransId) || !String.valueOf(properties.appId()).equals(text(request, "app_id"))
                || text(request, "callback_url").isBlank()) {
            return failed(-401, "Invalid request parameters");
        }
        if (orders.containsKey(appTransId)) {
            return failed(-68, "DUPLICATE_APPS_TRANS_ID");
        }
        if (amount == null || amount < MIN_AMOUNT) {
            return failed(-401, "Invalid amount");
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        long ttl = request.get("expire_duration_seconds") instanceof Number n ? n.longValue() : 900;
        Map<String, Object> callbackData = new LinkedHashMap<>();
        for (String field : List.of("app_id", "app_trans_id", "app_time", "app_user", "amount", "embed_data", "item")) {
            callbackData.put(field, request.get(field));
        }
        SimulatedOrder order = new SimulatedOrder(appTransId, amount, text(request, "description"),
                text(request, "callback_url"), clock.instant().plusSeconds(ttl), callbackData);
        orders.put(appTransId, order);
        byToken.put(token, order);
        Map<String, Object> answer = answer(1, "Giao dịch thành công", 1, "Giao dịch thành công");
        answer.put("order_url", environment.getRequiredProperty("o2o.simulators.base-url") + "/sim/zalopay/pay/" + token);
        answer.put("zp_trans_token", token);
        answer.put("order_token", token);
        return answer;
    }

    synchronized Map<String, Object> query(Map<String, Object> request) {
        String raw = text(request, "app_id") + "|" + text(request, "app_trans_id") + "|" + properties.key1();
        if (!hmac(properties.key1(), raw).equals(request.get("mac"))) {
            return failed(-402, "Invalid mac");
        }
        SimulatedOrder order = orders.get(text(request, "app_trans_id"));
        if (order == null) {
            return failed(-401, "Order not found");
        }
        Map<String, Object> answer = switch (order.status) {
            case PAID -> answer(1, "Giao dịch thành công", 1, "Giao dịch thành công");
            case DECLINED -> answer(2, "Giao dịch thất bại", -1, "Người dùng từ chối / Declined by the user");
            case UNPAID -> expired(order) ? answer(2, "Giao dịch thất bại", -1, "Đơn hàng hết hạn / Order expired")
                    : answer(3, "Giao dịch chưa thanh toán", 3, "Chờ người dùng thanh toán / Waiting for the user");
        };
        answer.put("is_processing", false);
        answer.put("amount", order.amount);
        answer.put("zp_trans_id", order.zpTransId);
        return answer;
    }

    /** A repeated m_refund_id answers as the refund stands, and refunds nothing more. */
    synchronized Map<String, Object> refund(Map<String, Object> request) {
        if (!macMatches(REFUND_MAC, request)) {
            return failed(-402, "Invalid mac");
        }
        String refundId = text(request, "m_refund_id");
        if (!refundId.matches("^\\d{6}_" + properties.appId() + "_[A-Za-z0-9_]+$") || refundId.length() > 45) {
            return failed(-401, "Invalid m_refund_id");
        }
        Refund earlier = refunds.get(refundId);
        if (earlier != null) {
            return earlier.state();
        }
        SimulatedOrder order = byZpTransId.get(longOrZero(text(request, "zp_trans_id")));
        Long amount = amount(request);
        if (order == null || order.status != SimulatedOrder.Status.PAID) {
            return failed(-101, "Giao dịch không tồn tại hoặc chưa thanh toán / Unknown or unpaid transaction");
        }
        if (amount == null || amount <= 0 || order.refunded + amount > order.amount) {
            return failed(-13, "Số tiền hoàn vượt số tiền thanh toán / Refund exceeds the amount paid");
        }
        order.refunded += amount;
        order.refunds++;
        Refund refund = new Refund(sequence.getAndIncrement(), amount, refundsProcessing ? 1 : 0);
        refunds.put(refundId, refund);
        return refund.state();
    }

    synchronized Map<String, Object> queryRefund(Map<String, Object> request) {
        if (!macMatches(QUERY_REFUND_MAC, request)) {
            return failed(-402, "Invalid mac");
        }
        Refund refund = refunds.get(text(request, "m_refund_id"));
        if (refund == null) {
            return failed(-101, "Không tìm thấy yêu cầu hoàn tiền / Refund not found");
        }
        Map<String, Object> answer = refund.state();
        refund.processingQueriesLeft = Math.max(0, refund.processingQueriesLeft - 1);
        return answer;
    }

    /** From now on new refunds answer "processing", and so does the first query_refund of each. */
    synchronized void refundsProcessing(boolean processing) {
        this.refundsProcessing = processing;
    }

    synchronized Optional<SimulatedOrder> order(String token) {
        return Optional.ofNullable(byToken.get(token));
    }

    /** An order as ZaloPay's merchant portal shows it. */
    synchronized Optional<Map<String, Object>> portalView(String appTransId) {
        return Optional.ofNullable(orders.get(appTransId)).map(order -> Map.of("appTransId", order.appTransId,
                "status", order.status, "amount", order.amount, "zpTransId", order.zpTransId, "refunded",
                order.refunded, "refunds", order.refunds));
    }

    synchronized boolean expired(SimulatedOrder order) {
        return clock.instant().isAfter(order.expiresAt);
    }

    /** The customer's decision; a decided order stays decided. Only a payment is called back. */
    synchronized Optional<SimulatedOrder> decide(String token, boolean pay) {
        SimulatedOrder order = byToken.get(token);
        if (order == null || order.status != SimulatedOrder.Status.UNPAID || expired(order)) {
            return Optional.ofNullable(order);
        }
        if (!pay) {
            order.status = SimulatedOrder.Status.DECLINED;
            return Optional.of(order);
        }
        order.status = SimulatedOrder.Status.PAID;
        order.zpTransId = Long.parseLong(DAY.format(LocalDate.now(clock.withZone(VIETNAM)))
                + String.format("%09d", sequence.getAndIncrement()));
        byZpTransId.put(order.zpTransId, order);
        Map<String, Object> data = new LinkedHashMap<>(order.callbackData);
        data.put("zp_trans_id", order.zpTransId);
        data.put("server_time", clock.millis());
        data.put("channel", 38);
        data.put("merchant_user_id", "sim-user");
        data.put("user_fee_amount", 0);
        data.put("discount_amount", 0);
        String dataText = jsonText(data);
        order.lastCallback = Map.of("data", dataText, "mac", hmac(properties.key2(), dataText), "type", 1);
        sender.deliver(order.callbackUrl, order.lastCallback);
        return Optional.of(order);
    }

    /** Sends the order's callback again, as it was; empty if none was made. */
    Optional<Object> resendCallback(String appTransId) {
        SimulatedOrder order;
        Map<String, Object> callback;
        synchronized (this) {
            order = orders.get(appTransId);
            callback = order == null ? null : order.lastCallback;
        }
        return callback == null ? Optional.empty() : Optional.of(sender.sendOnce(order.callbackUrl, callback));
    }

    private boolean validAppTransId(String appTransId) {
        Matcher matcher = APP_TRANS_ID.matcher(appTransId);
        if (appTransId.length() > 40 || !matcher.matches()) {
            return false;
        }
        // ZaloPay wants the day of creation in Vietnam; a day either side allows for clocks near midnight
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        String day = matcher.group(1);
        return List.of(today.minusDays(1), today, today.plusDays(1)).stream().map(DAY::format).anyMatch(day::equals);
    }

    private boolean macMatches(List<String> fields, Map<String, Object> request) {
        String raw = fields.stream().map(field -> text(request, field)).collect(Collectors.joining("|"));
        return hmac(properties.key1(), raw).equals(request.get("mac"));
    }

    private static String hmac(String key, String raw) {
        return SimulatorHmac.sha256Hex(key, raw);
    }

    private static Map<String, Object> answer(int returnCode, String message, int subCode, String subMessage) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("return_code", returnCode);
        answer.put("return_message", message);
        answer.put("sub_return_code", subCode);
        answer.put("sub_return_message", subMessage);
        return answer;
    }

    private static Map<String, Object> failed(int subCode, String subMessage) {
        return answer(2, "Giao dịch thất bại", subCode, subMessage);
    }

    private String jsonText(Map<String, Object> value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long amount(Map<String, Object> request) {
        return request.get("amount") instanceof Integer || request.get("amount") instanceof Long
                ? ((Number) request.get("amount")).longValue() : null;
    }


    /** A refund; answers "processing" while it has processing queries left. */
    private static final class Refund {

        final long refundId;
        final long amount;
        int processingQueriesLeft;

        Refund(long refundId, long amount, int processingQueriesLeft) {
            this.refundId = refundId;
            this.amount = amount;
            this.processingQueriesLeft = processingQueriesLeft;
        }

        Map<String, Object> state() {
            Map<String, Object> answer = processingQueriesLeft > 0
                    ? answer(3, "Giao dịch đang xử lý", 3, "Hoàn tiền đang xử lý / Refund processing")
                    : answer(1, "Giao dịch thành công", 1, "Hoàn tiền thành công / Refunded");
            answer.put("refund_id", refundId);
            answer.put("amount", amount);
            return answer;
        }
    }
}
