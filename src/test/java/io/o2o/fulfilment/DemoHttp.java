package io.o2o.fulfilment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** HTTP calls to a running application as its callers make them: anonymous, with a login, with JSON. */
public final class DemoHttp {

    /** The demo users' password. */
    public static final String DEMO_PASSWORD = "demo";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;

    public DemoHttp(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
    }

    public HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The request as one of the demo users. */
    public static HttpRequest.Builder as(String user, HttpRequest.Builder request) {
        return basic(user, DEMO_PASSWORD, request);
    }

    public static HttpRequest.Builder basic(String user, String password, HttpRequest.Builder request) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + credentials);
    }

    /** The pickup code the demo's notification simulator last sent the customer of the order, if any yet. */
    public Optional<String> pickupCodeSentTo(String orderNumber) throws IOException, InterruptedException {
        String code = null;
        for (JsonNode message : json.readTree(send(get("/sim/notify/messages?orderNumber=" + orderNumber)).body())) {
            if ("READY_FOR_PICKUP".equals(message.path("template").asText())) {
                code = message.path("parameters").path("pickupCode").asText();
            }
        }
        return Optional.ofNullable(code);
    }
}
