package io.o2o.fulfilment.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The jar that {@code ./mvnw package} builds, and so the Docker image, starts and takes an order:
 * run by failsafe after {@code package}, as {@code java -jar} in a process of its own. What works
 * from {@code target/classes} can fail inside the jar (class path scanning, resources in folders).
 */
class PackagedJarIT {

    private static final String ORDER = """
            {"customer": {"name": "Nguyễn Văn An", "phone": "0901234567", "email": "an@example.vn"},
             "lines": [{"sku": "SKU-1001", "quantity": 1}],
             "fulfilment": {"type": "CLICK_AND_COLLECT", "storeId": "HCM-Q1"},
             "payment": {"method": "PAY_AT_STORE"}}""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void thePackagedJarStartsAndConfirmsAnOrder() throws Exception {
        Path jar = Paths.get(System.getProperty("packagedJar"));
        Path log = Files.createDirectories(Paths.get("target", "packaged-jar-it")).resolve("application.log");
        try (RunningJar app = RunningJar.start(jar, log, "--spring.profiles.active=demo")) {
            try {
                // a cold start on a busy 2-core machine takes about a minute
                app.awaitHealthy(http, Duration.ofMinutes(4));
                JsonNode placed = placeOrder(app);
                String orderNumber = placed.path("orderNumber").asText();
                String token = placed.path("accessToken").asText();

                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                        .untilAsserted(() -> assertThat(order(app, orderNumber, token).path("status").asText())
                                .isEqualTo("CONFIRMED"));
            } catch (Exception | AssertionError failure) {
                System.err.println("Last lines of the application's log (" + log + "):");
                System.err.println(app.logTail(150));
                throw failure;
            }
        }
    }

    private JsonNode placeOrder(RunningJar app) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(app.uri("/api/orders"))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(ORDER)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body());
    }

    private JsonNode order(RunningJar app, String orderNumber, String token) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(app.uri("/api/orders/" + orderNumber))
                .header("X-Order-Token", token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }
}
