package io.o2o.fulfilment.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.DemoHttp;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Ship-from-store over HTTP on PostgreSQL, as the README runs it: orders placed through the API,
 * sourced by the sourcing table from the WMS simulator's stock, worked by each store's staff
 * through Camunda's REST API, booked with the GHN simulator through the GHN adapter, and moved by
 * the GHN simulator's webhooks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShipFromStoreEndToEndTest {

    private static final int PORT = freePort();
    private static final String ADDRESS = """
            {"name":"Lê Thu Hà","phone":"0987654321","street":"25 Hàng Bài","ward":"Tràng Tiền",
             "district":"Hoàn Kiếm","city":"Hà Nội"}""";

    private final DemoHttp demo = new DemoHttp(PORT);
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void requirePostgres() {
        TestPostgres.jdbcUrl();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
        registry.add("server.port", () -> PORT);
        registry.add("o2o.simulators.ghn.webhook-retry-interval", () -> "PT0.5S");
    }

    @Test
    void anOrderNoStoreHasWholeIsDeliveredInTwoParcelsFromTwoStores() throws Exception {
        Placed order = place("""
                [{"sku":"SKU-1010","quantity":1},{"sku":"SKU-1019","quantity":1}]""", "MOMO");
        pay(order);
        List<JsonNode> parcels = awaitParcels(order, 2);
        assertThat(parcels).extracting(p -> p.path("storeId").asText()).containsExactlyInAnyOrder("HN-CG", "HN-HK");
        for (JsonNode parcel : parcels) {
            String staff = "staff." + parcel.path("storeId").asText().toLowerCase();
            String other = staff.equals("staff.hn-hk") ? "staff.hn-cg" : "staff.hn-hk";
            String pick = awaitTask(staff, order.orderNumber(), "UserTask_PickOrder");
            assertThat(completeTask(other, pick, "{}").statusCode()).as("another store's staff").isEqualTo(403);
            shipAsStaff(staff, order.orderNumber(), pick);
        }
        for (JsonNode parcel : awaitParcelsBooked(order, 2)) {
            advance(parcel.path("trackingCode").asText(), "delivered");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> view(order).path("status").asText(), "DELIVERED"::equals);

        // the capture is a step of its own after the order settles
        await().atMost(Duration.ofSeconds(30)).until(() -> view(order).path("timeline").toString()
                .contains("Captured 1575000 VND held by the wallet"));
        JsonNode delivered = view(order);
        assertThat(delivered.path("paidAmount").asLong()).as("the authorisation captured on delivery")
                .isEqualTo(delivered.path("totalAmount").asLong());
        assertThat(delivered.path("parcels")).allSatisfy(p -> assertThat(p.path("status").asText()).isEqualTo("DELIVERED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/sim/erp/sales?orderNumber=" + order.orderNumber()).size() == 2);
        assertThat(get("/sim/erp/sales?orderNumber=" + order.orderNumber())).extracting(s -> s.path("storeId").asText())
                .containsExactlyInAnyOrder("HN-CG", "HN-HK");

        // a replayed webhook and one older than what is known change nothing
        String code = delivered.path("parcels").get(0).path("trackingCode").asText();
        assertThat(demo.send(demo.post("/sim/ghn/orders/" + code + "/webhooks/resend", "")).statusCode()).isEqualTo(202);
        assertThat(demo.send(demo.post("/sim/ghn/webhooks", """
                {"Type":"Switch_status","OrderCode":"%s","Status":"delivering","Time":"2026-01-01T08:00:00+07:00",
                 "CODAmount":0,"ShopID":2510201}""".formatted(code))).statusCode()).isEqualTo(202);
        Thread.sleep(2000);
        JsonNode after = view(order);
        assertThat(after.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(after.path("parcels").get(0).path("carrierStatus").asText()).isEqualTo("delivered");
        assertThat(list(after.path("timeline")).stream().map(e -> e.path("description").asText())
                .filter(d -> d.matches("Parcel \\S+ delivered.*"))).as("each parcel delivered once").hasSize(2);
    }

    @Test
    void aParcelThatFailsThreeTimesComesBackIsRestockedAndRefunded() throws Exception {
        Placed order = place("[{\"sku\":\"SKU-1003\",\"quantity\":1}]", "ZALOPAY");
        pay(order);
        JsonNode parcel = awaitParcels(order, 1).get(0);
        assertThat(parcel.path("storeId").asText()).isEqualTo("HN-HK");
        shipAsStaff("staff.hn-hk", order.orderNumber(), awaitTask("staff.hn-hk", order.orderNumber(), "UserTask_PickOrder"));
        String code = awaitParcelsBooked(order, 1).get(0).path("trackingCode").asText();
        for (int attempt = 1; attempt <= 3; attempt++) {
            advance(code, "delivery_fail");
            int failures = attempt;
            await().atMost(Duration.ofSeconds(30)).until(() -> view(order).path("parcels").get(0)
                    .path("deliveryAttempts").asInt() == failures);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/sim/ghn/orders/" + code).toString()
                .contains("waiting_to_return"));
        advance(code, "returned");
        String receive = awaitTask("staff.hn-hk", order.orderNumber(), "UserTask_ReceiveReturnedParcel");
        assertThat(completeTask("staff.hn-hk", receive,
                "{\"parcelCondition\":{\"value\":\"INTACT\",\"type\":\"String\"}}").statusCode()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(60)).until(() -> view(order).path("status").asText(), "NOT_DELIVERED"::equals);
        await().atMost(Duration.ofSeconds(30)).until(() -> view(order).path("refundedAmount").asLong() > 0);
        JsonNode returned = view(order);
        assertThat(returned.path("refundedAmount").asLong()).isEqualTo(returned.path("totalAmount").asLong());
        assertThat(get("/sim/wms/restocks?orderNumber=" + order.orderNumber())).hasSize(1);
        assertThat(get("/sim/notify/messages?orderNumber=" + order.orderNumber()).toString())
                .contains("không thành công (lần 1)").contains("đang được trả về cửa hàng");
    }

    @Test
    void aCashOnDeliveryOrderIsPaidWithTheCashTheCourierCollected() throws Exception {
        Placed order = place("[{\"sku\":\"SKU-1014\",\"quantity\":2}]", "CASH_ON_DELIVERY");
        JsonNode parcel = awaitParcels(order, 1).get(0);
        shipAsStaff("staff." + parcel.path("storeId").asText().toLowerCase(), order.orderNumber(),
                awaitTask("staff." + parcel.path("storeId").asText().toLowerCase(), order.orderNumber(), "UserTask_PickOrder"));
        JsonNode booked = awaitParcelsBooked(order, 1).get(0);
        assertThat(booked.path("cashOnDelivery").asLong()).isEqualTo(2 * 399_000);
        assertThat(get("/sim/ghn/orders/" + booked.path("trackingCode").asText()).path("codAmount").asLong())
                .as("the cash GHN collects").isEqualTo(798_000);
        advance(booked.path("trackingCode").asText(), "delivered");

        await().atMost(Duration.ofSeconds(60)).until(() -> view(order).path("status").asText(), "DELIVERED"::equals);
        assertThat(view(order).path("paidAmount").asLong()).isEqualTo(798_000);
        assertThat(demo.send(demo.post("/callbacks/carriers/ghn?token=forged", """
                {"Type":"Switch_status","OrderCode":"%s","Status":"returned","Time":"2026-01-01T08:00:00+07:00"}"""
                .formatted(booked.path("trackingCode").asText()))).statusCode()).isEqualTo(401);
        assertThat(view(order).path("status").asText()).isEqualTo("DELIVERED");
    }

    private void shipAsStaff(String staff, String orderNumber, String pickTask) throws Exception {
        assertThat(completeTask(staff, pickTask, "{}").statusCode()).isEqualTo(204);
        String pack = awaitTask(staff, orderNumber, "UserTask_PackParcel");
        assertThat(completeTask(staff, pack, """
                {"weightGrams":{"value":1200,"type":"Integer"},"lengthCm":{"value":30,"type":"Integer"},
                 "widthCm":{"value":25,"type":"Integer"},"heightCm":{"value":20,"type":"Integer"}}""").statusCode())
                .isEqualTo(204);
        String hand = awaitTask(staff, orderNumber, "UserTask_HandToCarrier");
        String labelUrl = json.readTree(demo.send(DemoHttp.as(staff, demo.get("/engine-rest/task/" + hand + "/variables/labelUrl"))).body()).path("value").asText();
        HttpResponse<String> label = demo.send(DemoHttp.as(staff, demo.get(labelUrl)));
        assertThat(label.statusCode()).isEqualTo(200);
        assertThat(label.body()).contains("carrier-order-code").contains("Lê Thu Hà");
        assertThat(completeTask(staff, hand, """
                {"labelAttached":{"value":true,"type":"Boolean"},"handedToCourier":{"value":true,"type":"Boolean"}}""")
                .statusCode()).isEqualTo(204);
    }

    private void advance(String code, String to) throws IOException, InterruptedException {
        HttpResponse<String> moved = demo.send(demo.post("/sim/ghn/orders/" + code + "/advance", "{\"to\":\"" + to + "\"}"));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    private Placed place(String lines, String method) throws IOException, InterruptedException {
        HttpResponse<String> placed = demo.send(demo.post("/api/orders", """
                {"customer":{"name":"Lê Thu Hà","phone":"0987654321","email":"ha@example.vn"},
                 "lines":%s,"fulfilment":{"type":"SHIP_FROM_STORE","address":%s},"payment":{"method":"%s"}}"""
                .formatted(lines, ADDRESS, method)));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonNode order = json.readTree(placed.body());
        return new Placed(order.path("orderNumber").asText(), order.path("accessToken").asText());
    }

    private void pay(Placed order) throws IOException, InterruptedException {
        String payUrl = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> link = demo.send(demo.get("/api/orders/" + order.orderNumber() + "/payment-link")
                    .header("X-Order-Token", order.token()));
            return json.readTree(link.body()).path("payUrl").asText(null);
        }, url -> url != null);
        HttpResponse<String> paid = demo.send(HttpRequest.newBuilder(URI.create(payUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=pay")));
        assertThat(paid.statusCode()).isEqualTo(200);
    }

    private List<JsonNode> awaitParcels(Placed order, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> list(view(order).path("parcels")), l -> l.size() == count);
    }

    private List<JsonNode> awaitParcelsBooked(Placed order, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> list(view(order).path("parcels")),
                l -> l.size() == count && l.stream().allMatch(p -> p.path("status").asText().equals("SHIPPED")));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private record Placed(String orderNumber, String token) {
    }

    private JsonNode view(Placed order) throws IOException, InterruptedException {
        return json.readTree(demo.send(demo.get("/api/orders/" + order.orderNumber())
                .header("X-Order-Token", order.token())).body());
    }

    private String awaitTask(String staff, String orderNumber, String taskKey) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode tasks = json.readTree(demo.send(DemoHttp.as(staff, demo.get("/engine-rest/task?processInstanceBusinessKey=" + orderNumber
                            + "&taskDefinitionKey=" + taskKey))).body());
            return tasks.size() > 0 ? tasks.get(0).path("id").asText() : null;
        }, id -> id != null);
    }

    private HttpResponse<String> completeTask(String user, String taskId, String variables)
            throws IOException, InterruptedException {
        return demo.send(DemoHttp.as(user, demo.post("/engine-rest/task/" + taskId + "/complete", "{\"variables\":" + variables + "}")));
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return json.readTree(demo.send(demo.get(path)).body());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
