package io.o2o.fulfilment.simulator.ghn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.o2o.fulfilment.simulator.SimulatedFaults;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The GHN simulator over HTTP (MockMvc) as the adapter and the operator use it: GHN's envelope and
 * refusals, cancel and return rules, a client order code taken once, and webhooks caught by a real
 * HTTP server standing in for the shop, which can answer badly to see GHN's retries.
 */
class GhnSimulatorTest {

    private static final String TOKEN = "sim-token";
    private static final long SHOP = 2510101;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** 10:00 in Vietnam. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    private final List<String> webhooks = new CopyOnWriteArrayList<>();
    /** The shop's next answers; 200 once they are used up. */
    private final ConcurrentLinkedQueue<Integer> shopAnswers = new ConcurrentLinkedQueue<>();
    private HttpServer shop;
    private GhnWebhookSender sender;
    private SimulatedFaults faults;
    private MockMvc mvc;

    @BeforeEach
    void start() throws IOException {
        shop = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        shop.createContext("/webhook", exchange -> {
            webhooks.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Integer status = shopAnswers.poll();
            byte[] answer = "{\"code\":200,\"message\":\"Success\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        shop.start();
        GhnSimulatorProperties properties = new GhnSimulatorProperties(TOKEN, List.of(SHOP, 2510201L), 3,
                Duration.ofMillis(20));
        sender = new GhnWebhookSender(properties, new MockEnvironment().withProperty("o2o.simulators.ghn.webhook-url",
                "http://localhost:" + shop.getAddress().getPort() + "/webhook?token=s"), JSON);
        GhnSimulator simulator = new GhnSimulator(properties, sender, CLOCK, JSON);
        faults = new SimulatedFaults();
        mvc = MockMvcBuilders.standaloneSetup(new GhnSimulatorController(simulator, faults),
                new GhnSimulatorControls(simulator)).setControllerAdvice(new ProblemDetails())
                .build();
    }

    @AfterEach
    void stop() {
        sender.stop();
        shop.stop(0);
    }

    @Test
    void createAnswersGhnsFieldsAndPricesWeightCodAndInsuranceWithinTheCity() throws Exception {
        JsonNode answer = api("/shipping-order/create", order("WEB-1-S1-k1", request -> { }));

        assertThat(answer.get("code").asInt()).isEqualTo(200);
        assertThat(answer.get("message").asText()).isEqualTo("Success");
        JsonNode data = answer.get("data");
        assertThat(data.get("order_code").asText()).matches("G[A-Z0-9]{7}");
        assertThat(data.get("sort_code").asText()).isNotBlank();
        // 1,200 g: 16,500 for the first 500 g and 2 × 2,500 for the rest; 0.5 % of 1,000,000 and of 200,000
        assertThat(data.get("fee").get("main_service").asLong()).isEqualTo(21_500);
        assertThat(data.get("fee").get("insurance").asLong()).isEqualTo(5_000);
        assertThat(data.get("fee").get("cod_fee").asLong()).isEqualTo(1_000);
        assertThat(data.get("total_fee").asLong()).isEqualTo(27_500);
        // the end of tomorrow in Vietnam
        assertThat(data.get("expected_delivery_time").asText()).isEqualTo("2026-03-03T16:59:59Z");
    }

    @Test
    void anotherCityCostsMoreAndTakesThreeDays() throws Exception {
        JsonNode data = api("/shipping-order/create", order("WEB-2-S1-k1", request -> {
            request.put("from_province_name", "Hà Nội");
            request.put("insurance_value", 0);
            request.put("cod_amount", 0);
        })).get("data");

        assertThat(data.get("total_fee").asLong()).isEqualTo(29_000 + 2 * 5_000);
        assertThat(data.get("expected_delivery_time").asText()).isEqualTo("2026-03-05T16:59:59Z");
        JsonNode fee = api("/shipping-order/fee", order("unused", request -> {
            request.put("from_province_name", "HN");
            request.put("to_province_name", "Thành phố Hồ Chí Minh");
            request.put("weight", 400);
            request.put("length", 10);
            request.put("width", 10);
            request.put("height", 10);
            request.put("cod_value", 0);
            request.put("insurance_value", 0);
        })).get("data");
        assertThat(fee.get("total").asLong()).isEqualTo(29_000);
        assertThat(fee.get("service_fee").asLong()).isEqualTo(29_000);
        JsonNode leadtime = api("/shipping-order/leadtime", order("unused", request -> { })).get("data");
        assertThat(Instant.ofEpochSecond(leadtime.get("leadtime").asLong())).isEqualTo("2026-03-03T16:59:59Z");
    }

    @Test
    void aClientOrderCodeIsTakenOnceAndTheOrderIsFoundByIt() throws Exception {
        String orderCode = create("WEB-3-S1-k1");

        JsonNode again = api("/shipping-order/create", order("WEB-3-S1-k1", request -> { }));

        assertThat(again.get("code").asInt()).isEqualTo(400);
        assertThat(again.get("code_message").asText()).isEqualTo("USER_ERR_COMMON");
        assertThat(again.get("message").asText()).contains("client_order_code").contains("WEB-3-S1-k1");
        assertThat(again.get("data").isNull()).isTrue();
        JsonNode found = api("/shipping-order/detail-by-client-code", Map.of("client_order_code", "WEB-3-S1-k1"));
        assertThat(found.get("data").get("order_code").asText()).isEqualTo(orderCode);
        assertThat(found.get("data").get("status").asText()).isEqualTo("ready_to_pick");
        assertThat(found.get("data").get("leadtime").asText()).isEqualTo("2026-03-03T16:59:59Z");
        assertThat(portal("/orders?clientOrderCode=WEB-3-S1-k1")).hasSize(1);
        assertThat(api("/shipping-order/detail-by-client-code", Map.of("client_order_code", "nope")).get("code")
                .asInt()).isEqualTo(400);
    }

    @Test
    void aWrongTokenIs401AndAShopOfNoOneIs400ShopNotFound() throws Exception {
        MvcResult wrongToken = mvc.perform(post("/sim/ghn/shiip/public-api/v2/shipping-order/create")
                .header("Token", "forged").header("ShopId", SHOP).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(order("k", request -> { })))).andReturn();
        MvcResult unknownShop = mvc.perform(post("/sim/ghn/shiip/public-api/v2/shipping-order/create")
                .header("Token", TOKEN).header("ShopId", "999").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(order("k", request -> { })))).andReturn();

        assertThat(wrongToken.getResponse().getStatus()).isEqualTo(401);
        assertThat(JSON.readTree(wrongToken.getResponse().getContentAsString()).get("code").asInt()).isEqualTo(401);
        assertThat(unknownShop.getResponse().getStatus()).isEqualTo(400);
        JsonNode shopAnswer = JSON.readTree(unknownShop.getResponse().getContentAsString());
        assertThat(shopAnswer.get("code_message").asText()).isEqualTo("SHOP_NOT_FOUND");
        assertThat(shopAnswer.get("message").asText()).contains("ShopID is invalid");
        assertThat(webhooks).isEmpty();
    }

    @Test
    void refusesWhatGhnRefuses() throws Exception {
        assertRefused(order("a", request -> request.put("weight", 50_001)), "50000 gram");
        assertRefused(order("b", request -> request.put("to_province_name", "Atlantis")), "to_province_name");
        assertRefused(order("c", request -> request.remove("to_province_name")), "to_province_name");
        assertRefused(order("d", request -> request.put("cod_amount", 50_000_001)), "Tiền thu hộ");
        assertRefused(order("e", request -> request.put("required_note", "XEMTHOAIMAI")), "Required Note");
        assertRefused(order("f", request -> request.put("to_phone", "12345")), "Số điện thoại");
        assertRefused(order("g", request -> request.put("length", 201)), "length");
        assertThat(api("/shipping-order/fee", order("h", request -> request.put("weight", 60_000))).get("code")
                .asInt()).isEqualTo(400);
        assertThat(portal("/orders?clientOrderCode=a")).isEmpty();
    }

    @Test
    void cancelOnlyBeforePickUpAndASecondCancelChangesNothing() throws Exception {
        String waiting = create("WEB-4-S1-k1");
        String picked = create("WEB-4-S2-k1");
        advance(picked, "picked");

        JsonNode cancelled = api("/switch-status/cancel", Map.of("order_codes", List.of(waiting)));
        JsonNode again = api("/switch-status/cancel", Map.of("order_codes", List.of(waiting)));
        JsonNode refused = api("/switch-status/cancel", Map.of("order_codes", List.of(picked)));

        assertThat(cancelled.get("data").get(0).get("result").asBoolean()).isTrue();
        assertThat(cancelled.get("data").get(0).get("order_code").asText()).isEqualTo(waiting);
        assertThat(again.get("code").asInt()).isEqualTo(200);
        assertThat(statuses(waiting)).containsExactly("ready_to_pick", "cancel");
        assertThat(refused.get("code").asInt()).isEqualTo(400);
        assertThat(refused.get("message").asText()).contains(picked).contains("picked");
        assertThat(statuses(picked)).last().isEqualTo("picked");
    }

    @Test
    void returnFromPickUpUntilAFailedDeliveryAndASecondReturnChangesNothing() throws Exception {
        String orderCode = create("WEB-5-S1-k1");
        JsonNode tooEarly = api("/switch-status/return", Map.of("order_codes", List.of(orderCode)));
        advance(orderCode, "delivering");

        JsonNode returned = api("/switch-status/return", Map.of("order_codes", List.of(orderCode)));
        JsonNode again = api("/switch-status/return", Map.of("order_codes", List.of(orderCode)));

        assertThat(tooEarly.get("code").asInt()).isEqualTo(400);
        assertThat(tooEarly.get("message").asText()).contains("ready_to_pick");
        assertThat(returned.get("data").get(0).get("result").asBoolean()).isTrue();
        assertThat(again.get("code").asInt()).isEqualTo(200);
        assertThat(statuses(orderCode)).containsExactly("ready_to_pick", "picking", "picked", "storing",
                "transporting", "delivering", "waiting_to_return");
        String delivered = create("WEB-5-S2-k1");
        advance(delivered, "delivered");
        assertThat(api("/switch-status/return", Map.of("order_codes", List.of(delivered))).get("code").asInt())
                .isEqualTo(400);
    }

    @Test
    void advancePushesOneWebhookPerStatusInOrderWithGhnsFields() throws Exception {
        String orderCode = create("WEB-6-S1-k1");

        JsonNode pushed = control("/orders/" + orderCode + "/advance", Map.of("to", "delivered"));

        assertThat(pushed.get("pushed")).extracting(JsonNode::asText).containsExactly("picking", "picked", "storing",
                "transporting", "delivering", "delivered");
        List<JsonNode> sent = awaitWebhooks(7);
        assertThat(sent).extracting(webhook -> webhook.get("Status").asText()).containsExactly("ready_to_pick",
                "picking", "picked", "storing", "transporting", "delivering", "delivered");
        assertThat(sent.get(0).get("Type").asText()).isEqualTo("create");
        JsonNode delivered = sent.get(6);
        assertThat(delivered.get("Type").asText()).isEqualTo("Switch_status");
        assertThat(delivered.get("OrderCode").asText()).isEqualTo(orderCode);
        assertThat(delivered.get("ClientOrderCode").asText()).isEqualTo("WEB-6-S1-k1");
        assertThat(delivered.get("ShopID").asLong()).isEqualTo(SHOP);
        assertThat(delivered.get("CODAmount").asLong()).isEqualTo(200_000);
        assertThat(delivered.get("TotalFee").asLong()).isEqualTo(27_500);
        assertThat(delivered.get("Fee").get("MainService").asLong()).isEqualTo(21_500);
        assertThat(delivered.get("Weight").asInt()).isEqualTo(1200);
        assertThat(delivered.get("IsPartialReturn").asBoolean()).isFalse();
        assertThat(delivered.get("Description").asText()).isNotBlank();
        assertThat(Instant.parse(delivered.get("Time").asText())).isAfter(Instant.parse(sent.get(5).get("Time")
                .asText()));
        JsonNode detail = api("/shipping-order/detail", Map.of("order_code", orderCode)).get("data");
        assertThat(detail.get("status").asText()).isEqualTo("delivered");
        assertThat(detail.get("cod_amount").asLong()).isEqualTo(200_000);
        assertThat(detail.get("updated_date").asText()).isEqualTo(delivered.get("Time").asText());
        assertThat(detail.get("log")).hasSize(6);
    }

    @Test
    void aFailedDeliveryIsAnAttemptAndTheNextAdvanceTriesAgain() throws Exception {
        String orderCode = create("WEB-7-S1-k1");

        JsonNode failed = control("/orders/" + orderCode + "/advance", Map.of("to", "delivery_fail", "reason",
                "Khách không nghe máy"));
        JsonNode retried = control("/orders/" + orderCode + "/advance", Map.of("to", "delivering"));
        control("/orders/" + orderCode + "/advance", Map.of("to", "delivery_fail", "reason", "Khách hẹn lại"));
        control("/orders/" + orderCode + "/advance", Map.of("to", "returned"));

        assertThat(failed.get("pushed")).extracting(JsonNode::asText).endsWith("delivering", "delivery_fail");
        assertThat(retried.get("pushed")).extracting(JsonNode::asText).containsExactly("delivering");
        List<JsonNode> sent = awaitWebhooks(14);
        assertThat(sent).filteredOn(webhook -> webhook.get("Status").asText().equals("delivery_fail"))
                .extracting(webhook -> webhook.get("Reason").asText())
                .containsExactly("Khách không nghe máy", "Khách hẹn lại");
        assertThat(sent.subList(9, 14)).extracting(webhook -> webhook.get("Status").asText()).containsExactly(
                "waiting_to_return", "return", "return_transporting", "returning", "returned");
    }

    @Test
    void impossibleMovesAreRefusedWith409() throws Exception {
        String waiting = create("WEB-8-S1-k1");
        String delivered = create("WEB-8-S2-k1");
        advance(delivered, "delivered");

        assertThat(controlStatus("/orders/" + waiting + "/advance", Map.of("to", "returned"))).isEqualTo(409);
        assertThat(controlStatus("/orders/" + delivered + "/advance", Map.of("to", "returned"))).isEqualTo(409);
        assertThat(controlStatus("/orders/" + delivered + "/advance", Map.of("to", "delivering"))).isEqualTo(409);
        assertThat(controlStatus("/orders/" + waiting + "/advance", Map.of("to", "lost"))).isEqualTo(409);
        assertThat(controlStatus("/orders/" + waiting + "/advance", Map.of("to", "teleported"))).isEqualTo(422);
        assertThat(controlStatus("/orders/NOPE/advance", Map.of("to", "picked"))).isEqualTo(404);
        MvcResult problem = mvc.perform(post("/sim/ghn/orders/" + delivered + "/advance")
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"returned\"}")).andReturn();
        assertThat(problem.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(JSON.readTree(problem.getResponse().getContentAsString()).get("detail").asText())
                .contains("delivered");
        assertThat(statuses(waiting)).containsExactly("ready_to_pick");
    }

    @Test
    void anOddStatusIsSetAsGivenWithTheCashCollected() throws Exception {
        String orderCode = create("WEB-9-S1-k1");
        advance(orderCode, "delivering");

        control("/orders/" + orderCode + "/status", Map.of("status", "delivered", "codAmount", 150_000));
        control("/orders/" + orderCode + "/status", Map.of("status", "lost"));

        List<JsonNode> sent = awaitWebhooks(8);
        assertThat(sent.get(6).get("Status").asText()).isEqualTo("delivered");
        assertThat(sent.get(6).get("CODAmount").asLong()).isEqualTo(150_000);
        assertThat(sent.get(7).get("Status").asText()).isEqualTo("lost");
        assertThat(portal("/orders/" + orderCode).get("codCollected").asLong()).isEqualTo(150_000);
        assertThat(api("/shipping-order/detail", Map.of("order_code", orderCode)).get("data").get("cod_amount")
                .asLong()).isEqualTo(150_000);
        assertThat(controlStatus("/orders/" + orderCode + "/status", Map.of("status", "vanished"))).isEqualTo(422);
    }

    @Test
    void theShopIsAskedAgainUntilItAnswers200AndLaterWebhooksWait() throws Exception {
        shopAnswers.add(500);
        shopAnswers.add(503);
        String orderCode = create("WEB-10-S1-k1");
        advance(orderCode, "picking");

        List<JsonNode> sent = awaitWebhooks(4);

        assertThat(sent).extracting(webhook -> webhook.get("Status").asText()).containsExactly("ready_to_pick",
                "ready_to_pick", "ready_to_pick", "picking");
        assertThat(sent.get(1)).isEqualTo(sent.get(0));
        await().atMost(Duration.ofSeconds(10)).until(() -> portal("/orders/" + orderCode).get("webhooks").get(1)
                .get("taken").asBoolean());
        assertThat(portal("/orders/" + orderCode).get("webhooks").get(0).get("attempts").asInt()).isEqualTo(3);
    }

    @Test
    void aWebhookTheShopNeverTakesIsGivenUpAfterTheRetries() throws Exception {
        for (int i = 0; i < 4; i++) {
            shopAnswers.add(500);
        }
        String orderCode = create("WEB-11-S1-k1");
        advance(orderCode, "picking");

        List<JsonNode> sent = awaitWebhooks(5);

        assertThat(sent).extracting(webhook -> webhook.get("Status").asText()).containsExactly("ready_to_pick",
                "ready_to_pick", "ready_to_pick", "ready_to_pick", "picking");
        JsonNode given = portal("/orders/" + orderCode).get("webhooks").get(0);
        assertThat(given.get("attempts").asInt()).isEqualTo(4);
        assertThat(given.get("taken").asBoolean()).isFalse();
    }

    @Test
    void theLastWebhookIsReplayedUnchangedAndAnyWebhookCanBePushed() throws Exception {
        String orderCode = create("WEB-12-S1-k1");
        advance(orderCode, "picked");
        awaitWebhooks(3);

        mvc.perform(post("/sim/ghn/orders/" + orderCode + "/webhooks/resend")).andReturn();
        String outOfOrder = "{\"Type\":\"Switch_status\",\"OrderCode\":\"" + orderCode
                + "\",\"Status\":\"picking\",\"Time\":\"2026-03-02T02:00:00Z\"}";
        MvcResult pushed = mvc.perform(post("/sim/ghn/webhooks").contentType(MediaType.APPLICATION_JSON)
                .content(outOfOrder)).andReturn();

        await().atMost(Duration.ofSeconds(10)).until(() -> webhooks.size() == 5);
        assertThat(webhooks.get(3)).isEqualTo(webhooks.get(2));
        assertThat(webhooks.get(4)).isEqualTo(outOfOrder);
        assertThat(pushed.getResponse().getStatus()).isEqualTo(202);
    }

    @Test
    void anArmedFaultFailsTheApi() throws Exception {
        faults.arm("ghn", new SimulatedFaults.Fault(1, 503, "GHN bảo trì", 0));

        MvcResult failed = mvc.perform(post("/sim/ghn/shiip/public-api/v2/shipping-order/create")
                .header("Token", TOKEN).header("ShopId", SHOP).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(order("WEB-13-S1-k1", request -> { })))).andReturn();

        assertThat(failed.getResolvedException()).hasMessageContaining("GHN bảo trì");
        assertThat(portal("/orders?clientOrderCode=WEB-13-S1-k1")).isEmpty();
        assertThat(api("/shipping-order/create", order("WEB-13-S1-k1", request -> { })).get("code").asInt())
                .isEqualTo(200);
    }

    private void assertRefused(Map<String, Object> request, String words) throws Exception {
        JsonNode answer = api("/shipping-order/create", request);
        assertThat(answer.get("code").asInt()).as(request.toString()).isEqualTo(400);
        assertThat(answer.get("code_message").asText()).isEqualTo("USER_ERR_COMMON");
        assertThat(answer.get("message").asText()).contains(words);
    }

    private static Map<String, Object> order(String clientOrderCode, Consumer<Map<String, Object>> change) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("client_order_code", clientOrderCode);
        request.put("from_name", "O2O Mart Nguyễn Huệ");
        request.put("from_phone", "02838221001");
        request.put("from_address", "72 Nguyễn Huệ, Bến Nghé, Quận 1, Hồ Chí Minh");
        request.put("from_ward_name", "Bến Nghé");
        request.put("from_district_name", "Quận 1");
        request.put("from_province_name", "Hồ Chí Minh");
        request.put("to_name", "Nguyễn Văn An");
        request.put("to_phone", "0901234567");
        request.put("to_address", "12 Lê Lợi, Phường 4, Gò Vấp, Hồ Chí Minh");
        request.put("to_ward_name", "Phường 4");
        request.put("to_district_name", "Gò Vấp");
        request.put("to_province_name", "Hồ Chí Minh");
        request.put("weight", 1200);
        request.put("length", 30);
        request.put("width", 20);
        request.put("height", 10);
        request.put("service_type_id", 2);
        request.put("payment_type_id", 1);
        request.put("required_note", "CHOXEMHANGKHONGTHU");
        request.put("cod_amount", 200_000);
        request.put("insurance_value", 1_000_000);
        request.put("items", List.of(Map.of("name", "Áo thun", "code", "SKU-1001", "quantity", 2, "price", 199_000)));
        change.accept(request);
        return request;
    }

    private String create(String clientOrderCode) throws Exception {
        JsonNode answer = api("/shipping-order/create", order(clientOrderCode, request -> { }));
        assertThat(answer.get("code").asInt()).as(answer.toString()).isEqualTo(200);
        return answer.get("data").get("order_code").asText();
    }

    private void advance(String orderCode, String to) throws Exception {
        control("/orders/" + orderCode + "/advance", Map.of("to", to));
    }

    private List<String> statuses(String orderCode) throws Exception {
        List<String> statuses = new ArrayList<>();
        portal("/orders/" + orderCode).get("history").forEach(change -> statuses.add(change.get("status").asText()));
        return statuses;
    }

    private List<JsonNode> awaitWebhooks(int count) throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> webhooks.size() >= count);
        List<JsonNode> sent = new ArrayList<>();
        for (String webhook : webhooks) {
            sent.add(JSON.readTree(webhook));
        }
        return sent;
    }

    private JsonNode api(String path, Map<String, Object> request) throws Exception {
        MvcResult result = mvc.perform(post("/sim/ghn/shiip/public-api/v2" + path).header("Token", TOKEN)
                .header("ShopId", SHOP).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(request))).andReturn();
        JsonNode answer = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(result.getResponse().getStatus()).isEqualTo(answer.get("code").asInt());
        return answer;
    }

    private JsonNode control(String path, Map<String, Object> request) throws Exception {
        MvcResult result = mvc.perform(post("/sim/ghn" + path).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(request))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private int controlStatus(String path, Map<String, Object> request) throws Exception {
        return mvc.perform(post("/sim/ghn" + path).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(request))).andReturn().getResponse().getStatus();
    }

    private JsonNode portal(String path) throws Exception {
        return JSON.readTree(mvc.perform(get("/sim/ghn" + path)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** Problem details as the application renders them ({@code spring.mvc.problemdetails.enabled}). */
    @ControllerAdvice
    static class ProblemDetails extends ResponseEntityExceptionHandler {
    }
}
