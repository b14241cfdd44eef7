package io.o2o.fulfilment.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.port.Port;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.apache.camel.builder.RouteBuilder;

/**
 * An adapter for every port (actions are unique across systems) whose answers a test decides, and which remembers every request:
 * the process tests drive the real engine and glue through it without any external system.
 */
class ScriptedAdapters extends RouteBuilder {

    static final String NAME = "scripted";

    private final ObjectMapper json;
    private final Map<String, List<Map<String, Object>>> calls = new ConcurrentHashMap<>();
    private final Map<String, Function<Map<String, Object>, Object>> answers = new ConcurrentHashMap<>();

    ScriptedAdapters(ObjectMapper json) {
        this.json = json;
        reset();
    }

    void reset() {
        calls.clear();
        answers.clear();
        answers.put("reserve", r -> Map.of("outcome", "RESERVED", "reservationId", "RES-" + r.get("orderNumber")));
        answers.put("release", r -> Map.of("reservationId", "RES", "status", "RELEASED"));
        answers.put("commit", r -> Map.of("reservationId", "RES", "status", "COMMITTED"));
        answers.put("create", r -> Map.of("outcome", "CREATED", "paymentId", r.get("paymentId"),
                "payUrl", "https://pay.example/" + r.get("paymentId"), "resultCode", "0", "message", "Successful."));
        answers.put("refund", r -> Map.of("outcome", "REFUNDED", "refundId", r.get("refundId"),
                "providerTransactionId", "RT-" + r.get("refundId"), "resultCode", "0", "message", "Successful."));
        answers.put("capture", r -> Map.of("outcome", "CAPTURED", "paymentId", r.get("paymentId"),
                "capturedAmount", r.get("amount"), "resultCode", "0", "message", "Successful."));
        answers.put("void", r -> Map.of("outcome", "VOIDED", "paymentId", r.get("paymentId"), "resultCode", "0",
                "message", "Successful."));
        answers.put("query", r -> Map.of("state", "PENDING", "paymentId", r.get("paymentId"), "amount", 0,
                "resultCode", "1000", "message", "Waiting for the customer"));
        answers.put("post-sale", r -> Map.of("documentNumber", "SO-" + r.get("orderNumber")));
        answers.put("customer", r -> Map.of("messageId", "MSG-" + r.get("idempotencyKey")));
    }

    void answer(String action, Function<Map<String, Object>, Object> answer) {
        answers.put(action, answer);
    }

    List<Map<String, Object>> calls(String action) {
        return calls.getOrDefault(action, List.of());
    }

    @Override
    public void configure() {
        for (Port port : Port.values()) {
            String action = port.action();
            from(port.adapterEndpointUri(NAME)).routeId(NAME + "-" + action).process(exchange -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> request = json.readValue(exchange.getMessage().getBody(String.class), Map.class);
                calls.computeIfAbsent(action, a -> new CopyOnWriteArrayList<>()).add(request);
                exchange.getMessage().setBody(json.writeValueAsString(answers.get(action).apply(request)));
            });
        }
    }
}
