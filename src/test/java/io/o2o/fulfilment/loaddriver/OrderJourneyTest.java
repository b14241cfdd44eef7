package io.o2o.fulfilment.loaddriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walks one order through a stand-in that answers like the application's contract. */
class OrderJourneyTest {

    private final ObjectMapper json = new ObjectMapper();

    /** Variables each task was completed with, by task definition key, in completion order. */
    private final Map<String, JsonNode> completions = Collections.synchronizedMap(new LinkedHashMap<>());

    private HttpServer server;

    private URI base;

    /** The task the stand-in's process waits at; null when staff have nothing to do. */
    private volatile String openTask;

    private volatile String status = "AWAITING_PAYMENT";

    private volatile String store;

    private volatile boolean processStuck;

    @BeforeEach
    void startStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        server.createContext("/api/orders", this::orders);
        server.createContext("/sim/momo/pay/", this::pay);
        server.createContext("/engine-rest/task", this::tasks);
        server.createContext("/sim/notify/messages", this::messages);
        server.start();
    }

    @AfterEach
    void stopStandIn() {
        server.stop(0);
    }

    @Test
    void momoOrderIsPaidWorkedAndCollected() throws IOException {
        RunStats stats = runOneOrder("--payment", "MOMO", "--stores", "HCM-Q1", "--timeout", "10");

        assertThat(stats.firstErrors()).isEmpty();
        assertThat(stats.completedCount()).isEqualTo(1);
        assertThat(stats.orderToPickTask.summary().count()).isEqualTo(1);
        assertThat(stats.orderToCollected.summary().count()).isEqualTo(1);
        assertThat(completions).containsExactly(
                entry("UserTask_PickOrder", json.readTree("{}")),
                entry("UserTask_StageOrder", json.readTree("""
                        {"stagingLocation":{"value":"Kệ A-12","type":"String"}}""")),
                entry("UserTask_HandOverOrder", json.readTree("""
                        {"pickupCode":{"value":"482913","type":"String"},"tender":{"value":"CASH","type":"String"}}""")));
    }

    @Test
    void stuckOrderFailsWithWhereItStopped() {
        processStuck = true;

        RunStats stats = runOneOrder("--payment", "PAY_AT_STORE", "--stores", "HN-HK", "--timeout", "1");

        assertThat(stats.completedCount()).isZero();
        assertThat(stats.firstErrors())
            .containsExactly("WEB-10001: no UserTask_PickOrder for staff.hn-hk within 1 s (order status RESERVING)");
    }

    private RunStats runOneOrder(String... args) {
        String[] withBase = new String[args.length + 2];
        withBase[0] = "--base-url";
        withBase[1] = base.toString();
        System.arraycopy(args, 0, withBase, 2, args.length);
        Options options = Options.parse(withBase);
        RunStats stats = new RunStats();
        FulfilmentApi api = new FulfilmentApi(HttpClient.newHttpClient(), json, options.baseUrl());
        new OrderJourney(api, options, stats, 1, System.nanoTime()).run();
        return stats;
    }

    private void orders(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("POST")) {
            JsonNode order = json.readTree(exchange.getRequestBody());
            store = order.at("/fulfilment/storeId").asText();
            boolean valid = exchange.getRequestHeaders().getFirst("Idempotency-Key") != null
                    && order.at("/customer/name").asText().startsWith("Khách ")
                    && order.at("/lines/0/sku").asText().matches("SKU-10(0[1-9]|1\\d|20)")
                    && order.at("/fulfilment/type").asText().equals("CLICK_AND_COLLECT");
            if (!order.at("/payment/method").asText().equals("MOMO")) {
                status = "RESERVING";
                openTask = processStuck ? null : "UserTask_PickOrder";
            }
            // the payment page is not known yet, as when the payment port answers after the order is stored
            reply(exchange, valid ? 201 : 400, Map.of("orderNumber", "WEB-10001", "accessToken", "t-1",
                    "status", status));
        }
        else if (!"t-1".equals(exchange.getRequestHeaders().getFirst("X-Order-Token"))) {
            reply(exchange, 404, Map.of("title", "Order not found"));
        }
        else {
            reply(exchange, 200, Map.of("orderNumber", "WEB-10001", "status", status,
                    "payUrl", base + "/sim/momo/pay/tok-1"));
        }
    }

    private void pay(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean valid = exchange.getRequestURI().getPath().equals("/sim/momo/pay/tok-1") && form.equals("action=pay")
                && "application/json".equals(exchange.getRequestHeaders().getFirst("Accept"));
        if (valid) {
            status = "PAID";
            openTask = "UserTask_PickOrder";
        }
        reply(exchange, valid ? 200 : 400, Map.of("resultCode", 0));
    }

    private void tasks(HttpExchange exchange) throws IOException {
        String staff = "staff." + store.toLowerCase(Locale.ROOT);
        String expected = "Basic " + Base64.getEncoder()
            .encodeToString((staff + ":demo").getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, Map.of());
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (exchange.getRequestMethod().equals("GET")) {
            String query = exchange.getRequestURI().getQuery();
            boolean asked = openTask != null && query.equals(
                    "processInstanceBusinessKey=WEB-10001&taskDefinitionKey=" + openTask);
            reply(exchange, 200, asked ? List.of(Map.of("id", "id-" + openTask)) : List.of());
        }
        else if (path.equals("/engine-rest/task/id-" + openTask + "/claim")) {
            exchange.getRequestBody().readAllBytes();
            reply(exchange, 204, null);
        }
        else if (path.equals("/engine-rest/task/id-" + openTask + "/complete")) {
            JsonNode variables = json.readTree(exchange.getRequestBody()).path("variables");
            completions.put(openTask, variables);
            openTask = switch (openTask) {
                case "UserTask_PickOrder" -> "UserTask_StageOrder";
                case "UserTask_StageOrder" -> "UserTask_HandOverOrder";
                default -> null;
            };
            if (openTask == null) {
                status = "COLLECTED";
            }
            reply(exchange, 204, null);
        }
        else {
            reply(exchange, 404, Map.of());
        }
    }

    private void messages(HttpExchange exchange) throws IOException {
        boolean sent = "UserTask_HandOverOrder".equals(openTask);
        reply(exchange, 200, sent
                ? List.of(Map.of("template", "READY_FOR_PICKUP", "parameters", Map.of("pickupCode", "482913")))
                : List.of());
    }

    private void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
