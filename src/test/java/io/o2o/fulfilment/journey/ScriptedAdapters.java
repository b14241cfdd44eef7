package io.o2o.fulfilment.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.port.Port;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.builder.RouteBuilder;

/**
 * An adapter for every port (actions are unique across systems) whose answers a test decides, and which remembers every request:
 * the process tests drive the real engine and glue through it without any external system. The WMS's stock is the one
 * state it keeps: {@code wms.availability} answers what a test put on the shelves ({@link #stock}), and
 * {@code wms.restock} adds to it once per idempotency key ({@link #restocks}).
 */
class ScriptedAdapters extends RouteBuilder {

    static final String NAME = "scripted";

    private final ObjectMapper json;
    private final Map<String, List<Map<String, Object>>> calls = new ConcurrentHashMap<>();
    private final Map<String, Function<Map<String, Object>, Object>> answers = new ConcurrentHashMap<>();
    /** Store → SKU → units available. */
    private final Map<String, Map<String, Integer>> stock = new ConcurrentHashMap<>();
    /** What the scripted carrier knows of each parcel, by its order code: what {@code carrier.track} answers. */
    private final Map<String, Map<String, Object>> parcels = new ConcurrentHashMap<>();

    /** The restocks done, by idempotency key. */
    private final Map<String, Map<String, Object>> restocks = new ConcurrentHashMap<>();

    ScriptedAdapters(ObjectMapper json) {
        this.json = json;
        reset();
    }

    void reset() {
        calls.clear();
        answers.clear();
        stock.clear();
        restocks.clear();
        answers.put("availability", this::availability);
        answers.put("restock", this::restock);
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
        parcels.clear();
        answers.put("quote", r -> Map.of("fee", 22000, "expectedDelivery", "2026-03-03T10:00:00Z"));
        answers.put("book", this::book);
        answers.put("cancel", r -> Map.of("outcome", "DONE"));
        answers.put("return", r -> Map.of("outcome", "DONE"));
        answers.put("track", r -> parcels.getOrDefault((String) r.get("carrierOrderCode"), Map.of(
                "carrierOrderCode", r.get("carrierOrderCode"), "carrierStatus", "ready_to_pick", "state", "BOOKED",
                "codAmount", 0)));
    }

    void answer(String action, Function<Map<String, Object>, Object> answer) {
        answers.put(action, answer);
    }

    List<Map<String, Object>> calls(String action) {
        return calls.getOrDefault(action, List.of());
    }

    /** Puts {@code available} units of the SKU on the store's shelves (replacing what was there). */
    void stock(String storeId, String sku, int available) {
        stock.computeIfAbsent(storeId, s -> new ConcurrentHashMap<>()).put(sku, available);
    }

    /** Units of the SKU the store has now: 0 when none were stocked. */
    int stock(String storeId, String sku) {
        return stock.getOrDefault(storeId, Map.of()).getOrDefault(sku, 0);
    }

    /** Sets what the scripted carrier's record says of a parcel. */
    void parcel(String carrierOrderCode, String carrierStatus, String state, long codAmount) {
        parcels.put(carrierOrderCode, Map.of("carrierOrderCode", carrierOrderCode, "carrierStatus", carrierStatus,
                "state", state, "codAmount", codAmount, "updatedAt", "2026-03-02T10:00:00Z"));
    }

    /** A booking per client order code, as a carrier keeps it: a repeated key answers the first booking. */
    private Object book(Map<String, Object> request) {
        String code = "GHN" + Integer.toHexString(String.valueOf(request.get("idempotencyKey")).hashCode()).toUpperCase();
        return Map.of("outcome", "BOOKED", "carrierOrderCode", code, "sortCode", "HN-01", "fee", 22000,
                "expectedDelivery", "2026-03-03T10:00:00Z");
    }

    /** The restock requests that took effect, one per idempotency key. */
    List<Map<String, Object>> restocks() {
        return List.copyOf(restocks.values());
    }

    /** Every store asked for, with each SKU asked for: what was stocked, else 0. */
    @SuppressWarnings("unchecked")
    private Object availability(Map<String, Object> request) {
        List<String> skus = (List<String>) request.get("skus");
        List<Map<String, Object>> stores = ((List<String>) request.get("storeIds")).stream()
                .map(storeId -> Map.<String, Object>of("storeId", storeId, "available", skus.stream().distinct()
                        .collect(Collectors.toMap(sku -> sku, sku -> stock(storeId, sku)))))
                .toList();
        return Map.of("stores", stores);
    }

    @SuppressWarnings("unchecked")
    private synchronized Object restock(Map<String, Object> request) {
        if (restocks.putIfAbsent(String.valueOf(request.get("idempotencyKey")), request) == null) {
            String storeId = (String) request.get("storeId");
            for (Map<String, Object> line : (List<Map<String, Object>>) request.get("lines")) {
                String sku = (String) line.get("sku");
                stock(storeId, sku, stock(storeId, sku) + ((Number) line.get("quantity")).intValue());
            }
        }
        return Map.of("status", "RESTOCKED");
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
