package io.o2o.fulfilment.security;

import static io.o2o.fulfilment.DemoHttp.as;
import static io.o2o.fulfilment.DemoHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.DemoHttp;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The web and security rules of the whole application on H2 with the demo's users, over real HTTP:
 * who may call which endpoint, that the API keeps no session, and that credentials leave no trace in
 * the database. History at the application's level, full, the level that records the most.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:web-security;DB_CLOSE_DELAY=-1",
        "o2o.security.store-groups-check=PT0.5S"})
// one process engine per JVM: close this application before another test starts its own
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WebSecurityTest {

    private static final String ORDER = """
            {"customer":{"name":"Lê Thu Hà","phone":"0987654321"},
             "lines":[{"sku":"SKU-1002","quantity":1}],
             "fulfilment":{"type":"CLICK_AND_COLLECT","storeId":"HCM-Q1"},
             "payment":{"method":"PAY_AT_STORE"}}""";

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    private DemoHttp web;

    @BeforeEach
    void connect() {
        web = new DemoHttp(port);
    }
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;

    @Nested
    class OrderApi {

        @Test
        void placingAnOrderIsPublicAndItsTokenIsShownOnce() throws Exception {
            String key = "security-test-" + System.nanoTime();
            HttpResponse<String> placed = web.send(web.post("/api/orders", ORDER).header("Idempotency-Key", key));
            assertThat(placed.statusCode()).isEqualTo(201);
            assertThat(json.readTree(placed.body()).path("accessToken").asText()).hasSize(48);

            HttpResponse<String> replay = web.send(web.post("/api/orders", ORDER).header("Idempotency-Key", key));
            assertThat(replay.statusCode()).isEqualTo(200);
            assertThat(json.readTree(replay.body()).has("accessToken")).as("only a hash is kept").isFalse();
        }

        @Test
        void anOrderIsShownToItsTokenItsStoresStaffAndOps() throws Exception {
            Placed order = place();
            String path = "/api/orders/" + order.number();
            assertThat(statusOf(web.get(path))).as("anonymous").isEqualTo(404);
            assertThat(statusOf(token("0".repeat(48), web.get(path)))).as("wrong token").isEqualTo(404);
            assertThat(statusOf(token(order.token(), web.get(path)))).as("the order's token").isEqualTo(200);
            assertThat(statusOf(as("staff.hcm-q1", web.get(path)))).as("staff of the store").isEqualTo(200);
            assertThat(statusOf(as("staff.hcm-q7", web.get(path)))).as("staff of another store").isEqualTo(404);
            assertThat(statusOf(as("ops", web.get(path)))).as("ops").isEqualTo(200);
            // the engine delays a user's next login after a wrong password: a user no other check logs in as
            assertThat(statusOf(basic("staff.hn-hk", "wrong", web.get(path)))).as("wrong password").isEqualTo(401);
        }

        @Test
        void anOrderIsCancelledByItsTokenItsStoresStaffAndOps() throws Exception {
            Placed order = place();
            String path = "/api/orders/" + order.number() + "/cancel";
            assertThat(statusOf(web.post(path, ""))).as("anonymous").isEqualTo(404);
            assertThat(statusOf(token("0".repeat(48), web.post(path, "")))).as("wrong token").isEqualTo(404);
            assertThat(statusOf(as("staff.hcm-q7", web.post(path, "")))).as("staff of another store").isEqualTo(404);
            assertThat(status(order.number())).isNotIn("CANCELLING", "CANCELLED");

            assertThat(statusOf(token(order.token(), web.post(path, "")))).as("the order's token").isEqualTo(202);
            Placed forStaff = place();
            assertThat(statusOf(as("staff.hcm-q1", web.post("/api/orders/" + forStaff.number() + "/cancel", ""))))
                    .as("staff of the store").isEqualTo(202);
            Placed forOps = place();
            assertThat(statusOf(as("ops", web.post("/api/orders/" + forOps.number() + "/cancel", "")))).as("ops")
                    .isEqualTo(202);
        }

        @Test
        void aStoresOrdersAreListedForItsStaffAndOps() throws Exception {
            Placed order = place();
            String path = "/api/orders?storeId=HCM-Q1";
            assertThat(statusOf(web.get(path))).as("anonymous").isEqualTo(401);
            assertThat(statusOf(token(order.token(), web.get(path)))).as("a customer's token").isEqualTo(401);
            assertThat(statusOf(as("staff.hcm-q7", web.get(path)))).as("staff of another store").isEqualTo(403);
            assertThat(statusOf(as("staff.hcm-q7", web.get("/api/orders")))).as("staff without a store").isEqualTo(403);
            assertThat(body(as("staff.hcm-q1", web.get(path))).toString()).contains(order.number());
            assertThat(body(as("ops", web.get("/api/orders"))).toString()).contains(order.number());
        }

        @Test
        void theCatalogueIsPublic() throws Exception {
            assertThat(body(web.get("/api/stores")).toString()).contains("HCM-Q1", "HN-CG");
            assertThat(body(web.get("/api/products"))).hasSize(20);
            assertThat(statusOf(as("staff.hcm-q1", web.get("/api/products")))).isEqualTo(200);
        }

        @Test
        void stockAvailabilityIsPublicButOnlyToRead() throws Exception {
            String path = "/api/availability?skus=SKU-1019&city=" + URLEncoder.encode("Hà Nội", StandardCharsets.UTF_8)
                    + "&district=" + URLEncoder.encode("Hoàn Kiếm", StandardCharsets.UTF_8);
            assertThat(body(web.get(path)).path("stores").get(0).path("storeId").asText()).isEqualTo("HN-HK");
            assertThat(statusOf(as("staff.hcm-q1", web.get(path)))).isEqualTo(200);
            assertThat(statusOf(web.post(path, "{}"))).as("anonymous POST").isEqualTo(401);
        }

        @Test
        void noCallSetsASessionCookieNotEvenARefusedOne() throws Exception {
            Placed order = place();
            List<HttpResponse<String>> answers = new ArrayList<>();
            answers.add(web.send(web.get("/api/orders")));
            answers.add(web.send(basic("staff.hn-hk", "wrong", web.get("/api/orders"))));
            answers.add(web.send(as("ops", web.get("/api/orders"))));
            answers.add(web.send(web.get("/api/orders/" + order.number())));
            answers.add(web.send(token(order.token(), web.get("/api/orders/" + order.number()))));
            answers.add(web.send(web.get("/engine-rest/task")));
            answers.add(web.send(as("staff.hcm-q1", web.get("/engine-rest/task"))));
            answers.add(web.send(web.post("/api/orders", "{}")));
            assertThat(answers).extracting(HttpResponse::statusCode).contains(200, 400, 401, 404);
            assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().allValues("Set-Cookie"))
                    .as(answer.request().uri() + " answered " + answer.statusCode()).isEmpty());
        }

        @Test
        void refusalsAreProblemDetails() throws Exception {
            HttpResponse<String> refused = web.send(web.get("/api/orders"));
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Basic"));
            assertThat(json.readTree(refused.body()).path("status").asInt()).isEqualTo(401);
        }
    }

    @Nested
    class EngineRest {

        @Test
        void storeStaffSeeAndCompleteOnlyTheirStoresTasks() throws Exception {
            Placed order = place();
            String pickTask = awaitTask(order.number(), "UserTask_PickOrder");
            String tasks = "/engine-rest/task?processInstanceBusinessKey=" + order.number();
            assertThat(statusOf(web.get(tasks))).as("anonymous").isEqualTo(401);
            assertThat(statusOf(token(order.token(), web.get(tasks)))).as("a customer's token").isEqualTo(401);
            assertThat(body(as("staff.hcm-q7", web.get(tasks)))).as("staff of another store").isEmpty();
            assertThat(body(as("ops", web.get(tasks)))).as("ops").hasSize(1);

            String complete = "/engine-rest/task/" + pickTask + "/complete";
            assertThat(statusOf(web.post(complete, "{}"))).as("anonymous").isEqualTo(401);
            assertThat(statusOf(as("staff.hcm-q7", web.post(complete, "{}")))).as("staff of another store")
                    .isEqualTo(403);
            assertThat(statusOf(as("staff.hcm-q1", web.post(complete, "{}")))).as("staff of the store").isEqualTo(204);
        }

        @Test
        void aPickupCodeTypedAtTheCounterLeavesNoTrace() throws Exception {
            Placed order = place();
            complete(awaitTask(order.number(), "UserTask_PickOrder"), "{}");
            complete(awaitTask(order.number(), "UserTask_StageOrder"),
                    "{\"stagingLocation\":{\"value\":\"Kệ B-3\",\"type\":\"String\"}}");
            String handover = awaitTask(order.number(), "UserTask_HandOverOrder");
            String code = pickupCodeSentTo(order.number());
            String wrong = code.equals("000000") ? "111111" : "000000";
            HttpResponse<String> refused = web.send(as("staff.hcm-q1", web.post("/engine-rest/task/" + handover
                    + "/submit-form", "{\"variables\":{\"pickupCode\":{\"value\":\"" + wrong + "\"}}}")));
            assertThat(refused.statusCode()).as("a wrong code is a refused form").isEqualTo(400);
            assertThat(refused.body()).contains("Wrong pickup code, 2 attempts left.");
            assertThat(awaitTask(order.number(), "UserTask_HandOverOrder")).as("the same task").isEqualTo(handover);
            complete(handover, "{\"pickupCode\":{\"value\":\"" + code + "\",\"type\":\"String\"}}");
            await().atMost(Duration.ofSeconds(30)).until(() -> status(order.number()), "COLLECTED"::equals);

            assertThat(count("select count(*) from act_hi_detail where name_ = 'stagingLocation'"))
                    .as("history full records the other form fields").isPositive();
            for (String table : List.of("act_hi_varinst", "act_hi_detail", "act_ru_variable")) {
                assertThat(count("select count(*) from " + table + " where name_ = 'pickupCode' or text_ in (?, ?)",
                        code, wrong)).as(table).isZero();
            }
            Map<String, Object> row = jdbc.sql("select * from customer_order where order_number = ?")
                    .param(order.number()).query().singleRow();
            assertThat(row.values()).doesNotContain(order.token(), code);
            assertThat(row.get("ACCESS_TOKEN_HASH")).isEqualTo(sha256(order.token()));
        }
    }

    @Nested
    class Actuator {

        @Test
        void healthIsPublicItsDetailsAreForOps() throws Exception {
            JsonNode anonymous = body(web.get("/actuator/health"));
            assertThat(anonymous.path("status").asText()).isEqualTo("UP");
            assertThat(anonymous.has("components")).isFalse();
            assertThat(body(as("staff.hcm-q1", web.get("/actuator/health"))).has("components")).isFalse();
            assertThat(body(as("ops", web.get("/actuator/health"))).path("components").has("db")).isTrue();
        }

        @Test
        void metricsAndTheRestAreForOpsOnly() throws Exception {
            assertThat(statusOf(web.get("/actuator/metrics"))).isEqualTo(401);
            assertThat(statusOf(web.get("/actuator/info"))).isEqualTo(401);
            assertThat(statusOf(as("staff.hcm-q1", web.get("/actuator/metrics")))).isEqualTo(403);
            assertThat(statusOf(as("ops", web.get("/actuator/metrics")))).isEqualTo(200);
        }
    }

    @Nested
    class ClosedByDefault {

        @Test
        void anUnlistedPathNeedsALogin() throws Exception {
            assertThat(statusOf(web.get("/no-such-page"))).isEqualTo(401);
            assertThat(statusOf(web.post("/api/orders/WEB-1/refund", "{}"))).isEqualTo(401);
            assertThat(statusOf(as("ops", web.get("/no-such-page")))).isEqualTo(404);
        }

        @Test
        void onlyTheBasicApisAskABrowserForBasicCredentials() throws Exception {
            // Cockpit and Tasklist probe /camunda-welcome; a Basic challenge there opens the browser's
            // login dialog over their own login page
            HttpResponse<String> probe = web.send(web.get("/camunda-welcome"));
            assertThat(probe.statusCode()).isEqualTo(401);
            assertThat(probe.headers().firstValue("WWW-Authenticate")).isEmpty();
            assertThat(web.send(web.get("/api/orders")).headers().firstValue("WWW-Authenticate")).hasValue(
                    "Basic realm=\"o2o-fulfilment\"");
            assertThat(web.send(web.get("/engine-rest/task")).headers().firstValue("WWW-Authenticate")).isPresent();
        }

        @Test
        void theWebappsAndTheApiDocsKeepTheirOwnLogin() throws Exception {
            assertThat(statusOf(web.get("/camunda/app/welcome/default/"))).isEqualTo(200);
            assertThat(statusOf(web.get("/v3/api-docs"))).isEqualTo(200);
            assertThat(statusOf(web.get("/camunda/api/engine/engine/default/task")))
                    .as("Camunda's own session login").isEqualTo(401);
        }
    }

    @Nested
    class StoreGroups {

        @Test
        void aStoreAddedLaterGetsItsStaffGroupAndGrants() {
            jdbc.sql("""
                    insert into store (id, name, city, address, click_and_collect, curbside, ship_from_store)
                    values ('DN-HC', 'O2O Mart Hải Châu', 'Đà Nẵng', '12 Bạch Đằng, Hải Châu', true, false, false)""")
                    .update();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> identity.createGroupQuery().groupId("store-dn-hc").count() == 1);
            assertThat(authorizations.createAuthorizationQuery().groupIdIn("store-dn-hc")
                    .resourceType(Resources.APPLICATION).resourceId("tasklist").hasPermission(Permissions.ACCESS)
                    .count()).isOne();
            assertThat(authorizations.createAuthorizationQuery().groupIdIn("store-dn-hc")
                    .resourceType(Resources.FILTER).hasPermission(Permissions.READ).count()).isOne();
        }
    }

    private record Placed(String number, String token) {
    }

    private Placed place() throws IOException, InterruptedException {
        HttpResponse<String> placed = web.send(web.post("/api/orders", ORDER));
        assertThat(placed.statusCode()).isEqualTo(201);
        JsonNode order = json.readTree(placed.body());
        return new Placed(order.path("orderNumber").asText(), order.path("accessToken").asText());
    }

    private String status(String orderNumber) throws IOException, InterruptedException {
        return body(as("ops", web.get("/api/orders/" + orderNumber))).path("status").asText();
    }

    private String awaitTask(String orderNumber, String taskKey) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (JsonNode task : body(as("staff.hcm-q1",
                    web.get("/engine-rest/task?processInstanceBusinessKey=" + orderNumber)))) {
                if (taskKey.equals(task.path("taskDefinitionKey").asText())) {
                    return task.path("id").asText();
                }
            }
            return null;
        }, id -> id != null);
    }

    private void complete(String taskId, String variables) throws IOException, InterruptedException {
        assertThat(statusOf(as("staff.hcm-q1", web.post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":" + variables + "}")))).isEqualTo(204);
    }

    private String pickupCodeSentTo(String orderNumber) throws IOException, InterruptedException {
        String code = web.pickupCodeSentTo(orderNumber).orElse(null);
        assertThat(code).as("pickup code sent to the customer").matches("\\d{6}");
        return code;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpRequest.Builder token(String token, HttpRequest.Builder request) {
        return request.header("X-Order-Token", token);
    }

    private int statusOf(HttpRequest.Builder request) throws IOException, InterruptedException {
        return web.send(request).statusCode();
    }

    private JsonNode body(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = web.send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

}
