package io.o2o.fulfilment.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.DemoHttp;
import io.o2o.fulfilment.journey.shipfromstore.OpenShipments;
import io.o2o.fulfilment.journey.shipfromstore.SourcingDecision;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * {@code GET /api/availability} over HTTP on the demo (H2, the WMS simulator with its seeded stock, the
 * sourcing table deployed with the processes). Customers are at the centre of their district: from
 * Hoàn Kiếm, HN-HK is 0.7 km away and HN-CG 7.3 km.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:availability-api;DB_CLOSE_DELAY=-1"})
// one process engine per JVM: close this application before another test starts its own
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AvailabilityApiTest {

    private static final String HOAN_KIEM = "&city=" + encode("Hà Nội") + "&district=" + encode("Hoàn Kiếm");

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OpenShipments openShipments;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;

    private DemoHttp web;

    @BeforeEach
    void connect() {
        web = new DemoHttp(port);
    }

    @Test
    void aHanoiOrderForTheRiceCookerAndTheSunscreenShipsFromTwoStores() throws Exception {
        JsonNode answer = ok("/api/availability?skus=SKU-1010,SKU-1019" + HOAN_KIEM);

        assertThat(answer.path("city").asText()).isEqualTo("Hà Nội");
        assertThat(answer.path("district").asText()).isEqualTo("Hoàn Kiếm");
        JsonNode hk = answer.path("stores").get(0);
        JsonNode cg = answer.path("stores").get(1);
        assertThat(answer.path("stores")).as("only the Hanoi stores").hasSize(2);
        assertThat(hk.path("storeId").asText()).isEqualTo("HN-HK");
        assertThat(hk.path("name").asText()).isEqualTo("O2O Mart Hoàn Kiếm");
        assertThat(hk.path("city").asText()).isEqualTo("Hà Nội");
        assertThat(hk.path("district").asText()).isEqualTo("Hoàn Kiếm");
        assertThat(hk.path("distanceKm").asDouble()).isEqualTo(0.7);
        assertThat(hk.path("withinServiceArea").asBoolean()).isTrue();
        assertThat(hk.path("offers").toString()).isEqualTo("{\"clickAndCollect\":true,\"shipFromStore\":true}");
        assertThat(hk.path("lines").toString()).isEqualTo("[{\"sku\":\"SKU-1010\",\"available\":0,\"enough\":false},"
                + "{\"sku\":\"SKU-1019\",\"available\":57,\"enough\":true}]");
        assertThat(hk.path("hasEverything").asBoolean()).isFalse();
        assertThat(cg.path("storeId").asText()).isEqualTo("HN-CG");
        assertThat(cg.path("distanceKm").asDouble()).isEqualTo(7.3);
        assertThat(cg.path("offers").toString()).isEqualTo("{\"clickAndCollect\":false,\"shipFromStore\":true}");
        assertThat(cg.path("lines").toString()).isEqualTo("[{\"sku\":\"SKU-1010\",\"available\":32,\"enough\":true},"
                + "{\"sku\":\"SKU-1019\",\"available\":0,\"enough\":false}]");

        JsonNode shipping = answer.path("shipFromStore");
        assertThat(shipping.path("outcome").asText()).isEqualTo("SPLIT");
        assertThat(shipping.path("splitPolicy").asText()).isEqualTo("SPLIT");
        assertThat(shipping.path("shipments").toString()).isEqualTo("[{\"storeId\":\"HN-HK\",\"skus\":[\"SKU-1019\"],"
                + "\"distanceKm\":0.7,\"reason\":\"Has 50% of the items, 0.7 km away\"},"
                + "{\"storeId\":\"HN-CG\",\"skus\":[\"SKU-1010\"],\"distanceKm\":7.3,"
                + "\"reason\":\"Has everything, 7.3 km away\"}]");
        assertThat(shipping.path("unsourced")).isEmpty();
        assertThat(answer.path("nobodyHas")).isEmpty();
    }

    @Test
    void whatOneStoreHasWholeShipsFromTheNearestSuchStore() throws Exception {
        // from Cầu Giấy, as typed with decomposed accents and in lower case
        JsonNode answer = ok("/api/availability?skus=sku-1001,SKU-1002&city=" + encode(" hà nội ") + "&district="
                + encode(Normalizer.normalize("cầu giấy", Normalizer.Form.NFD)));

        assertThat(answer.path("district").asText()).isEqualTo("Cầu Giấy");
        assertThat(answer.path("stores").findValuesAsText("storeId")).containsExactly("HN-CG", "HN-HK");
        assertThat(answer.path("stores").get(0).path("hasEverything").asBoolean()).isTrue();
        assertThat(answer.path("shipFromStore").path("outcome").asText()).isEqualTo("ONE_STORE");
        assertThat(answer.path("shipFromStore").path("shipments").get(0).path("reason").asText())
                .isEqualTo("Has everything, 0.8 km away");
        assertThat(answer.path("shipFromStore").path("shipments").get(0).path("skus").toString())
                .isEqualTo("[\"SKU-1001\",\"SKU-1002\"]");
    }

    @Test
    void aSkuNoStoreNearbyHasIsNamed() throws Exception {
        setStock("HN-HK", "SKU-1013", 0);
        setStock("HN-CG", "SKU-1013", 0);

        JsonNode answer = ok("/api/availability?skus=SKU-1013,SKU-1001" + HOAN_KIEM);

        assertThat(answer.path("nobodyHas").toString()).isEqualTo("[\"SKU-1013\"]");
        assertThat(answer.path("shipFromStore").path("outcome").asText()).isEqualTo("PARTLY");
        assertThat(answer.path("shipFromStore").path("unsourced").toString()).isEqualTo("[\"SKU-1013\"]");
        assertThat(answer.path("shipFromStore").path("shipments").findValuesAsText("storeId")).containsExactly("HN-HK");
    }

    @Test
    void aStoreWhoseShipCapacityIsTakenTodayShipsNothingMore() throws Exception {
        ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
        Instant startOfDay = LocalDate.now(vietnam).atStartOfDay(vietnam).toInstant();
        jdbc.sql("""
                insert into customer_order (order_number, status, fulfilment_type, store_id, payment_method, customer_name,
                    customer_phone, total_amount, payable_amount, access_token_hash, created_at, updated_at)
                values ('WEB-CAPACITY', 'CANCELLED', 'CLICK_AND_COLLECT', 'HN-HK', 'PAY_AT_STORE', 'Test', '0900000000',
                    0, 0, 'none', current_timestamp, current_timestamp)""").update();
        shipment("SH-OPEN", "PICKED", startOfDay.plusSeconds(60));
        shipment("SH-DELIVERED", "DELIVERED", startOfDay.plusSeconds(60));
        shipment("SH-YESTERDAY", "PACKED", startOfDay.minusSeconds(60));
        jdbc.sql("update store set daily_ship_capacity = 1 where id = 'HN-HK'").update();
        try {
            assertThat(openShipments.today("HN-HK")).as("open today, in the store's time zone").isEqualTo(1);

            JsonNode answer = ok("/api/availability?skus=SKU-1001" + HOAN_KIEM);

            assertThat(answer.path("stores").get(0).path("hasEverything").asBoolean()).isTrue();
            assertThat(answer.path("shipFromStore").path("shipments").findValuesAsText("storeId"))
                    .containsExactly("HN-CG");
        } finally {
            jdbc.sql("update store set daily_ship_capacity = 25 where id = 'HN-HK'").update();
            jdbc.sql("delete from shipment where order_number = 'WEB-CAPACITY'").update();
        }
    }

    @Test
    void aQueryThatCannotBeAnsweredIsABadRequestSayingWhatToChange() throws Exception {
        assertThat(problem("/api/availability?city=" + encode("Hà Nội") + "&district=" + encode("Hoàn Kiếm")))
                .isEqualTo("skus: give the SKUs to look for, for example skus=SKU-1010,SKU-1019");
        String tooMany = String.join(",", IntStream.rangeClosed(1, 51).mapToObj(i -> "SKU-" + (2000 + i)).toList());
        assertThat(problem("/api/availability?skus=" + tooMany + HOAN_KIEM))
                .isEqualTo("skus: at most 50 SKUs per query, 51 given");
        assertThat(problem("/api/availability?skus=SKU-1001,SKU-9999" + HOAN_KIEM))
                .isEqualTo("skus: unknown SKU SKU-9999; GET /api/products lists the catalogue");
        assertThat(problem("/api/availability?skus=SKU-1001&city=" + encode("Đà Nẵng") + "&district=" + encode("Hải Châu")))
                .isEqualTo("city: unknown city 'Đà Nẵng'; known: Hà Nội, Hồ Chí Minh");
        assertThat(problem("/api/availability?skus=SKU-1001&city=" + encode("Hà Nội") + "&district=" + encode("Quận 1")))
                .startsWith("district: unknown district 'Quận 1' in Hà Nội; known: ")
                .contains("Hoàn Kiếm", "Cầu Giấy", "Long Biên")
                .doesNotContain("Quận 7");
        assertThat(problem("/api/availability?skus=SKU-9999&city=" + encode("Hà Nội")))
                .isEqualTo("skus: unknown SKU SKU-9999; GET /api/products lists the catalogue; district: give the"
                        + " customer's district in Hà Nội; known: " + String.join(", ", districtsOfHanoi()));
    }

    @Test
    void aWmsThatDoesNotAnswerIsServiceUnavailableNamingTheWms() throws Exception {
        web.send(web.post("/sim/wms/faults", "{\"failNext\":1,\"status\":503,\"message\":\"store system offline\"}"));

        HttpResponse<String> refused = web.send(web.get("/api/availability?skus=SKU-1001" + HOAN_KIEM));

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("title").asText()).isEqualTo("WMS unavailable");
        assertThat(problem.path("detail").asText()).isEqualTo("The WMS, the stock system, did not answer; try again in a moment");
        assertThat(problem.path("system").asText()).isEqualTo("wms");
        assertThat(web.send(web.get("/api/availability?skus=SKU-1001" + HOAN_KIEM)).statusCode()).as("the next query")
                .isEqualTo(200);
    }

    @Test
    void theSourcingTableIsDeployedWithTheProcessesAndAQueryLeavesNoDecisionHistory() throws Exception {
        DecisionDefinition sourcing = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(SourcingDecision.KEY).latestVersion().singleResult();

        assertThat(sourcing).isNotNull();
        assertThat(sourcing.getResourceName()).isEqualTo("sourcing.dmn");
        assertThat(sourcing.getName()).isEqualTo("Rate a store for ship-from-store");
        ok("/api/availability?skus=SKU-1010,SKU-1019" + HOAN_KIEM);
        assertThat(history.createHistoricDecisionInstanceQuery().count()).isZero();
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> answer = web.send(web.get(path));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    /** The problem's detail, after checking it is a 400 problem+json with the same problems in errors[]. */
    private String problem(String path) throws Exception {
        HttpResponse<String> answer = web.send(web.get(path));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("title").asText()).isEqualTo("Invalid query");
        assertThat(String.join("; ", StreamSupport.stream(problem.path("errors").spliterator(), false)
                .map(e -> e.path("field").asText() + ": " + e.path("reason").asText()).toList()))
                .isEqualTo(problem.path("detail").asText());
        return problem.path("detail").asText();
    }

    private List<String> districtsOfHanoi() {
        return jdbc.sql("select name from district where city = 'Hà Nội' order by city, name").query(String.class).list();
    }

    private void setStock(String storeId, String sku, int onHand) throws Exception {
        String body = "{\"onHand\":" + onHand + "}";
        HttpResponse<String> answer = web.send(web.post("/sim/wms/stock/" + storeId + "/" + sku, body)
                .method("PUT", HttpRequest.BodyPublishers.ofString(body)));
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    private void shipment(String id, String status, Instant createdAt) {
        jdbc.sql("""
                insert into shipment (shipment_id, order_number, store_id, status, created_at, updated_at)
                values (:id, 'WEB-CAPACITY', 'HN-HK', :status, :created, :created)""")
                .param("id", id).param("status", status).param("created", Timestamp.from(createdAt)).update();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
