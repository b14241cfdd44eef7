package io.o2o.fulfilment.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.DemoHttp;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole system over HTTP on PostgreSQL, as the README runs it: the order API, the MoMo
 * adapter against the MoMo simulator with signed notifications, the WMS, ERP and notification
 * adapters against their simulators, and store staff working tasks through Camunda's REST API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
// a profile set from a DynamicPropertySource comes too late to load its application-<profile>.yaml
@ActiveProfiles({"postgres", "demo"})
// one process engine per JVM: close this application before another test starts its own
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ClickAndCollectEndToEndTest {

    private static final int PORT = freePort();
    private static final String BASE = "http://localhost:" + PORT;
    private static final String ORDER = """
            {"customer":{"name":"Phạm Minh Khoa","phone":"0912345678","email":"khoa@example.vn"},
             "lines":[{"sku":"SKU-1001","quantity":2},{"sku":"SKU-1016","quantity":1}],
             "fulfilment":{"type":"CLICK_AND_COLLECT","storeId":"HCM-Q1"},
             "payment":{"method":"MOMO"}}""";

    /** Other goods than ORDER's, so that tests running orders side by side do not count each other's stock. */
    private static final String OTHER_ORDER = ORDER.replace("SKU-1001", "SKU-1002").replace("SKU-1016", "SKU-1003");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** Chooses the database before the application starts, so that a missing one skips or fails cleanly. */
    @BeforeAll
    static void requirePostgres() {
        TestPostgres.jdbcUrl();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("server.port", () -> PORT);
        // a payment whose callback never comes is asked for at the wallet after a few seconds here
        registry.add("o2o.payment.reconcile-after", () -> "PT3S");
        registry.add("o2o.payment.reconcile-interval", () -> "PT1S");
    }

    @Test
    void orderIsPaidPickedHandedOverAndBookedByTheStoresStaff() throws Exception {
        int onHandBefore = stock("SKU-1001").path("onHand").asInt();
        // other tests' orders may hold SKU-1001 in the store while this one runs
        int reservedBefore = stock("SKU-1001").path("reserved").asInt();

        String key = UUID.randomUUID().toString();
        HttpResponse<String> placed = send(post("/api/orders", ORDER).header("Idempotency-Key", key));
        assertThat(placed.statusCode()).isEqualTo(201);
        assertThat(placed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        JsonNode order = json.readTree(placed.body());
        String orderNumber = order.path("orderNumber").asText();
        String token = order.path("accessToken").asText();
        assertThat(orderNumber).matches("WEB-\\d+");
        assertThat(send(HttpRequest.newBuilder(URI.create(BASE + "/api/orders/" + orderNumber)).GET()).statusCode())
                .as("an order is not shown without its access token").isEqualTo(404);
        assertThat(order.path("totalAmount").asLong()).isEqualTo(2 * 199_000 + 165_000);

        HttpResponse<String> again = send(post("/api/orders", ORDER).header("Idempotency-Key", key));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).path("orderNumber").asText()).isEqualTo(orderNumber);
        HttpResponse<String> conflict = send(post("/api/orders", ORDER.replace("\"quantity\":2", "\"quantity\":3"))
                .header("Idempotency-Key", key));
        assertThat(conflict.statusCode()).isEqualTo(409);

        // the answer does not wait for the wallet: it says where to ask for the link
        assertThat(order.path("paymentLink").path("status").asText()).isIn("PENDING", "READY");
        String payUrl = payUrl(new Placed(orderNumber, token));
        HttpResponse<String> paid = send(HttpRequest.newBuilder(URI.create(payUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("action=pay")));
        assertThat(paid.statusCode()).isEqualTo(200);

        String pickTask = awaitTask(orderNumber, "UserTask_PickOrder");
        assertThat(tasks("staff.hn-hk", orderNumber)).isEmpty();
        assertThat(completeTask("staff.hn-hk", pickTask, "{}").statusCode()).isEqualTo(403);
        assertThat(completeTask("staff.hcm-q1", pickTask, "{}").statusCode()).isEqualTo(204);

        String stageTask = awaitTask(orderNumber, "UserTask_StageOrder");
        assertThat(completeTask("staff.hcm-q1", stageTask,
                "{\"stagingLocation\":{\"value\":\"Kệ A-12\",\"type\":\"String\"}}").statusCode()).isEqualTo(204);

        String handoverTask = awaitTask(orderNumber, "UserTask_HandOverOrder");
        String pickupCode = pickupCode(orderNumber);
        assertThat(completeTask("staff.hcm-q1", handoverTask,
                "{\"pickupCode\":{\"value\":\"" + pickupCode + "\",\"type\":\"String\"}}").statusCode()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).until(() -> customerView(orderNumber, token).path("status").asText(),
                "COLLECTED"::equals);
        // stock is issued and the sale booked in jobs after the handover
        await().atMost(Duration.ofSeconds(30)).until(() -> customerView(orderNumber, token).path("timeline")
                .toString().contains("Sale booked in the ERP"));
        assertThat(stock("SKU-1001").path("onHand").asInt()).isEqualTo(onHandBefore - 2);
        assertThat(stock("SKU-1001").path("reserved").asInt()).isEqualTo(reservedBefore);
        JsonNode sales = json.readTree(send(HttpRequest.newBuilder(URI.create(BASE + "/sim/erp/sales?orderNumber="
                + orderNumber)).GET()).body());
        assertThat(sales).hasSize(1);
        assertThat(sales.get(0).path("totalAmount").asLong()).isEqualTo(563_000);

        // a replayed notification changes nothing, a forged one is refused
        HttpResponse<String> replay = send(post("/sim/momo/ipn/" + orderNumber + "-P1/resend", ""));
        assertThat(replay.body()).contains("\"shopAnswered\":204");
        HttpResponse<String> forged = send(post("/callbacks/momo/ipn", """
                {"partnerCode":"O2ODEMO","orderId":"%s-P1","requestId":"x","amount":563000,"orderInfo":"x",
                 "orderType":"momo_wallet","transId":1,"resultCode":0,"message":"ok","payType":"web",
                 "responseTime":1,"extraData":"","signature":"00"}""".formatted(orderNumber)));
        assertThat(forged.statusCode()).isEqualTo(400);
        JsonNode after = customerView(orderNumber, token);
        assertThat(after.path("paidAmount").asLong()).isEqualTo(563_000);
        assertThat(after.path("status").asText()).isEqualTo("COLLECTED");
    }

    @Test
    void badOrdersAreRefusedWithProblemDetailsAndCreateNothing() throws Exception {
        int ordersBefore = orderCount();
        HttpResponse<String> zero = send(post("/api/orders", ORDER.replace("\"quantity\":2", "\"quantity\":0")));
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(zero.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(zero.body()).contains("lines[0].quantity");

        HttpResponse<String> unknownSku = send(post("/api/orders", ORDER.replace("SKU-1016", "SKU-9999")));
        assertThat(unknownSku.statusCode()).isEqualTo(422);
        assertThat(unknownSku.body()).contains("lines[1].sku", "SKU-9999");

        HttpResponse<String> noCollect = send(post("/api/orders", ORDER.replace("HCM-Q1", "HN-CG")));
        assertThat(noCollect.statusCode()).isEqualTo(422);
        assertThat(noCollect.body()).contains("fulfilment.storeId", "does not offer click-and-collect");

        HttpResponse<String> badMethod = send(post("/api/orders", ORDER.replace("MOMO", "BITCOIN")));
        assertThat(badMethod.statusCode()).isEqualTo(400);
        assertThat(badMethod.body()).contains("payment.method");

        assertThat(orderCount()).isEqualTo(ordersBefore);
        assertThat(get("/api/products")).hasSize(20);
        assertThat(send(HttpRequest.newBuilder(URI.create(BASE + "/api/orders")).GET()).statusCode()).isEqualTo(401);
        assertThat(send(asUser("staff.hcm-q1", HttpRequest.newBuilder(URI.create(BASE + "/api/orders?storeId=HCM-Q7")))
                .GET()).statusCode()).as("staff see their own store only").isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(URI.create(BASE + "/engine-rest/task")).GET()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void zaloPayAndPayAtStoreOrdersRunSideBySideToTheirEnd() throws Exception {
        Placed zalopay = place(OTHER_ORDER.replace("MOMO", "ZALOPAY"));
        Placed atStore = place(OTHER_ORDER.replace("MOMO", "PAY_AT_STORE"));

        HttpResponse<String> paid = send(HttpRequest.newBuilder(URI.create(payUrl(zalopay)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=pay")));
        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(payUrl(zalopay)).contains("/sim/zalopay/pay/");

        workAtTheCounter(zalopay.orderNumber(), "");
        workAtTheCounter(atStore.orderNumber(), ",\"tender\":{\"value\":\"CASH\",\"type\":\"String\"}");

        for (Placed order : List.of(zalopay, atStore)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> customerView(order.orderNumber(), order.token())
                    .path("timeline").toString().contains("Sale booked in the ERP"));
            assertThat(customerView(order.orderNumber(), order.token()).path("status").asText()).isEqualTo("COLLECTED");
        }
        assertThat(customerView(zalopay.orderNumber(), zalopay.token()).path("paidAmount").asLong())
                .isEqualTo(customerView(zalopay.orderNumber(), zalopay.token()).path("totalAmount").asLong());
        assertThat(get("/sim/erp/sales?orderNumber=" + atStore.orderNumber()).get(0).path("tender").asText())
                .isEqualTo("CASH");
    }

    @Test
    void aPaymentWhoseCallbackNeverCameIsSettledByAskingTheWallet() throws Exception {
        assertThat(send(post("/sim/momo/callbacks/withhold", "{\"enabled\":true}")).statusCode()).isLessThan(300);
        try {
            Placed order = place(OTHER_ORDER);
            HttpResponse<String> paid = send(HttpRequest.newBuilder(URI.create(payUrl(order)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("action=pay")));
            assertThat(paid.statusCode()).isEqualTo(200);

            awaitTask(order.orderNumber(), "UserTask_PickOrder");
            assertThat(customerView(order.orderNumber(), order.token()).path("timeline").toString())
                    .contains("held by the wallet until handover");

            // the notification comes after all: it changes nothing
            assertThat(send(post("/sim/momo/ipn/" + order.orderNumber() + "-P1/resend", "")).body())
                    .contains("\"shopAnswered\":204");
            assertThat(customerView(order.orderNumber(), order.token()).path("timeline").toString()
                    .split("held by the wallet", -1)).hasSize(2);
        } finally {
            send(post("/sim/momo/callbacks/withhold", "{\"enabled\":false}"));
        }
    }

    @Test
    void aCancellationWhileTheStoreIsStillReservingLeavesNothingHeld() throws Exception {
        int reservedBefore = stock("SKU-1007").path("reserved").asInt();
        // the WMS takes four seconds over the next reservation, as a store system under load does
        assertThat(send(post("/sim/wms/faults", "{\"failNext\":1,\"delayMillis\":4000}")).statusCode())
                .isEqualTo(204);
        HttpResponse<String> placed = send(post("/api/orders", ORDER
                .replace("{\"sku\":\"SKU-1001\",\"quantity\":2},{\"sku\":\"SKU-1016\",\"quantity\":1}",
                        "{\"sku\":\"SKU-1007\",\"quantity\":2}")
                .replace("MOMO", "PAY_AT_STORE")));
        assertThat(placed.statusCode()).isEqualTo(201);
        String orderNumber = json.readTree(placed.body()).path("orderNumber").asText();
        String token = json.readTree(placed.body()).path("accessToken").asText();
        // the reservation has reached the WMS once it has taken the armed delay
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/sim/wms/faults").isEmpty());

        assertThat(send(post("/api/orders/" + orderNumber + "/cancel", "").header("X-Order-Token", token))
                .statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(60)).until(() -> customerView(orderNumber, token).path("status").asText(),
                "CANCELLED"::equals);
        // the slow reservation has reached the WMS by now (or been refused there)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get("/sim/wms/reservations?orderNumber=" + orderNumber))
                    .allSatisfy(r -> assertThat(r.path("status").asText()).isNotEqualTo("RESERVED"));
            assertThat(stock("SKU-1007").path("reserved").asInt()).isEqualTo(reservedBefore);
        });
    }

    @Test
    void aSaleTheErpDoesNotTakeShowsAsAStuckStepToOpsAndStaffAndAsADelayToTheCustomer() throws Exception {
        Placed order = place(OTHER_ORDER.replace("MOMO", "PAY_AT_STORE"));
        // the ERP is down for maintenance when the sale is to be booked; the engine's retry (PT10S) finds it back
        assertThat(send(post("/sim/erp/faults", "{\"failNext\":1,\"status\":503,\"message\":\"maintenance\"}"))
                .statusCode()).isEqualTo(204);
        workAtTheCounter(order.orderNumber(), ",\"tender\":{\"value\":\"CASH\",\"type\":\"String\"}");

        String failure = "erp.post-sale via erp-rest: ERP answered 503 Service Unavailable: maintenance";
        JsonNode ops = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> staffView("ops", order.orderNumber()), view -> view.path("problems").size() > 0);
        assertThat(ops.path("status").asText()).isEqualTo("COLLECTED");
        JsonNode problem = ops.path("problems").get(0);
        assertThat(ops.path("problems")).hasSize(1);
        assertThat(problem.path("step").asText()).isEqualTo("Post sale to ERP");
        assertThat(problem.path("state").asText()).isEqualTo("FAILING");
        assertThat(problem.path("retriesLeft").asInt()).isEqualTo(4);
        assertThat(problem.path("message").asText()).isEqualTo(failure);
        assertThat(problem.path("since").isTextual()).isTrue();
        assertThat(problem.path("nextTry").isTextual()).isTrue();
        assertThat(ops.path("statusDescription").asText())
                .isEqualTo("Collected; Post sale to ERP: failing (retrying, 4 tries left): " + failure);
        assertThat(staffView("staff.hcm-q1", order.orderNumber()).path("problems")).isEqualTo(ops.path("problems"));

        JsonNode customer = customerView(order.orderNumber(), order.token());
        assertThat(customer.path("statusDescription").asText()).isEqualTo("Collected; delayed: Post sale to ERP");
        assertThat(customer.path("problems").toString()).isEqualTo("[{\"step\":\"Post sale to ERP\",\"state\":\"DELAYED\"}]");
        // "503 Service" rather than "503", which a timestamp's fraction of a second may hold
        assertThat(customer.toString()).as("the customer reads no system's answer")
                .doesNotContain("503 Service", "erp-rest", "maintenance", "FAILING");

        // the next try books the sale, and the order no longer shows a problem
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> customerView(
                order.orderNumber(), order.token()).path("timeline").toString().contains("Sale booked in the ERP"));
        JsonNode booked = staffView("ops", order.orderNumber());
        assertThat(booked.path("problems").isMissingNode()).isTrue();
        assertThat(booked.path("statusDescription").asText()).isEqualTo("Collected");
    }

    private Placed place(String body) throws IOException, InterruptedException {
        HttpResponse<String> placed = send(post("/api/orders", body));
        assertThat(placed.statusCode()).isEqualTo(201);
        JsonNode order = json.readTree(placed.body());
        return new Placed(order.path("orderNumber").asText(), order.path("accessToken").asText());
    }

    /** The wallet's link, asked for as the API's answer says until it is ready. */
    private String payUrl(Placed order) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> link = send(HttpRequest.newBuilder(URI.create(BASE + "/api/orders/"
                    + order.orderNumber() + "/payment-link")).header("X-Order-Token", order.token()).GET());
            assertThat(link.statusCode()).isIn(200, 202);
            return json.readTree(link.body()).path("payUrl").asText(null);
        }, url -> url != null);
    }

    /** Pick, stage and hand over as the store's staff; {@code handover} adds form fields to the pickup code. */
    private void workAtTheCounter(String orderNumber, String handover) throws Exception {
        assertThat(completeTask("staff.hcm-q1", awaitTask(orderNumber, "UserTask_PickOrder"), "{}").statusCode())
                .isEqualTo(204);
        assertThat(completeTask("staff.hcm-q1", awaitTask(orderNumber, "UserTask_StageOrder"),
                "{\"stagingLocation\":{\"value\":\"Kệ B-2\",\"type\":\"String\"}}").statusCode()).isEqualTo(204);
        String handoverTask = awaitTask(orderNumber, "UserTask_HandOverOrder");
        assertThat(completeTask("staff.hcm-q1", handoverTask, "{\"pickupCode\":{\"value\":\"" + pickupCode(orderNumber)
                + "\",\"type\":\"String\"}" + handover + "}").statusCode()).isEqualTo(204);
    }

    private record Placed(String orderNumber, String token) {
    }

    private String awaitTask(String orderNumber, String taskKey) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    for (JsonNode task : tasks("staff.hcm-q1", orderNumber)) {
                        if (taskKey.equals(task.path("taskDefinitionKey").asText())) {
                            return task.path("id").asText();
                        }
                    }
                    return null;
                }, id -> id != null);
    }

    private JsonNode tasks(String user, String orderNumber) throws IOException, InterruptedException {
        return json.readTree(send(asUser(user, HttpRequest.newBuilder(
                URI.create(BASE + "/engine-rest/task?processInstanceBusinessKey=" + orderNumber))).GET()).body());
    }

    private HttpResponse<String> completeTask(String user, String taskId, String variables)
            throws IOException, InterruptedException {
        return send(asUser(user, post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":" + variables + "}")));
    }

    private String pickupCode(String orderNumber) throws IOException, InterruptedException {
        String code = new DemoHttp(PORT).pickupCodeSentTo(orderNumber).orElse(null);
        assertThat(code).as("pickup code sent to the customer").matches("\\d{6}");
        return code;
    }

    private JsonNode stock(String sku) throws IOException, InterruptedException {
        return json.readTree(send(HttpRequest.newBuilder(URI.create(BASE + "/sim/wms/stock/HCM-Q1/" + sku)).GET())
                .body());
    }

    private int orderCount() throws IOException, InterruptedException {
        return json.readTree(send(asUser("ops", HttpRequest.newBuilder(URI.create(BASE + "/api/orders?limit=500")))
                .GET()).body()).size();
    }

    private JsonNode customerView(String orderNumber, String token) throws IOException, InterruptedException {
        return json.readTree(send(HttpRequest.newBuilder(URI.create(BASE + "/api/orders/" + orderNumber))
                .header("X-Order-Token", token).GET()).body());
    }

    private JsonNode staffView(String user, String orderNumber) throws IOException, InterruptedException {
        return json.readTree(send(asUser(user, HttpRequest.newBuilder(URI.create(BASE + "/api/orders/" + orderNumber)))
                .GET()).body());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return json.readTree(send(HttpRequest.newBuilder(URI.create(BASE + path)).GET()).body());
    }

    private static HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder asUser(String user, HttpRequest.Builder request) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
