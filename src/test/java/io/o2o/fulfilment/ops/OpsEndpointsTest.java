package io.o2o.fulfilment.ops;

import static io.o2o.fulfilment.DemoHttp.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.DemoHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What ops see of the demo application on H2, over HTTP: the Prometheus scrape (ops only) with the
 * order and port-call metrics, a health entry per remote system, and port-call log lines that name
 * their order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:ops-endpoints;DB_CLOSE_DELAY=-1"})
// one process engine per JVM: close this application before another test starts its own
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
// tests leave metrics export off unless asked: the Prometheus scrape is what is tested here
@AutoConfigureObservability(tracing = false)
class OpsEndpointsTest {

    private static final String ORDER = """
            {"customer":{"name":"Trần Minh","phone":"0987654321"},
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

    @Test
    void theScrapeIsForOpsOnly() throws Exception {
        assertThat(web.send(web.get("/actuator/prometheus")).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(web.send(as("staff.hcm-q1", web.get("/actuator/prometheus"))).statusCode()).as("staff").isEqualTo(403);
        assertThat(web.send(as("ops", web.get("/actuator/prometheus"))).statusCode()).as("ops").isEqualTo(200);
    }

    @Test
    void anOrderShowsInTheMetricsAndItsPortCallsLogItsNumber(CapturedOutput output) throws Exception {
        String orderNumber = place();

        String scrape = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> web.send(as("ops", web.get("/actuator/prometheus"))).body(),
                        body -> body.lines().anyMatch(line -> line.startsWith("o2o_port_calls_seconds_count{")
                                && line.contains("system=\"wms\"") && line.contains("action=\"reserve\"")
                                && line.contains("outcome=\"ok\""))
                                && body.lines().anyMatch(line -> line.startsWith("o2o_step_duration_seconds_count{")
                                        && line.contains("activity=\"ServiceTask_ReserveStock\"")));
        assertThat(scrape).containsPattern(
                "o2o_orders_started_total\\{[^}]*journey=\"CLICK_AND_COLLECT\"[^}]*store=\"HCM-Q1\"[^}]*} [1-9]");
        assertThat(scrape).contains("o2o_incidents_open", "o2o_jobs_due");
        assertThat(scrape).as("no order number is a tag").doesNotContain(orderNumber);

        await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().lines()
                .anyMatch(line -> line.contains("wms.reserve through") && line.contains("[" + orderNumber + "]")));
    }

    @Test
    void healthShowsEachRemoteSystemToOps() throws Exception {
        JsonNode health = json.readTree(web.send(as("ops", web.get("/actuator/health"))).body());
        JsonNode remote = health.path("components").path("remoteSystems").path("components");
        for (String system : new String[] {"wms", "erp", "notify", "momo", "zalopay", "carrier"}) {
            assertThat(remote.path(system).path("status").asText()).as(system).isEqualTo("UP");
        }
        JsonNode anonymous = json.readTree(web.send(web.get("/actuator/health")).body());
        assertThat(anonymous.has("components")).isFalse();
    }

    @Test
    void probesArePublicAndReadinessLooksAtTheDatabaseNotThePartners() throws Exception {
        assertThat(web.send(web.get("/actuator/health/liveness")).statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = web.send(web.get("/actuator/health/readiness"));
        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode asOps = json.readTree(web.send(as("ops", web.get("/actuator/health/readiness"))).body());
        assertThat(asOps.path("components").has("db")).isTrue();
        assertThat(asOps.path("components").has("remoteSystems")).isFalse();
    }

    private String place() throws IOException, InterruptedException {
        HttpResponse<String> placed = web.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ORDER, StandardCharsets.UTF_8)));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        return json.readTree(placed.body()).path("orderNumber").asText();
    }

}
