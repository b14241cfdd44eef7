package io.o2o.fulfilment.loaddriver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The HTTP calls one order makes: storefront API, simulators' pages, and Camunda REST as store staff. */
final class FulfilmentApi {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final String STAFF_PASSWORD = "demo";

    private static final int MAX_BODY_IN_ERRORS = 200;

    private final HttpClient http;

    private final ObjectMapper json;

    private final URI base;

    FulfilmentApi(HttpClient http, ObjectMapper json, URI base) {
        this.http = http;
        this.json = json;
        this.base = base;
    }

    /** The demo user that works a store's tasks: {@code staff.hcm-q1} for store HCM-Q1. */
    static String staffOf(String storeId) {
        return "staff." + storeId.toLowerCase(Locale.ROOT);
    }

    JsonNode placeOrder(Object order, String idempotencyKey) throws IOException, InterruptedException {
        HttpRequest request = jsonRequest("/api/orders", order)
            .header("Idempotency-Key", idempotencyKey)
            .build();
        return json.readTree(expect(request).body());
    }

    /** The order as its customer sees it, with the access token the order was placed with. */
    JsonNode order(String orderNumber, String accessToken) throws IOException, InterruptedException {
        return json.readTree(expect(get("/api/orders/" + encode(orderNumber))
                .header("X-Order-Token", accessToken).build()).body());
    }

    void pay(MomoPayUrl payUrl) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(payUrl.uri())
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(BodyPublishers.ofString("action=pay"))
            .build();
        try {
            expect(request);
        }
        catch (UnexpectedResponse ex) {
            throw new UnexpectedResponse("MoMo simulator did not take payment token " + payUrl.token() + ": "
                    + ex.getMessage());
        }
    }

    /** The id of the order's open task of that kind, if the staff user can see one yet. */
    Optional<String> openTask(String orderNumber, String taskKey, String staff)
            throws IOException, InterruptedException {
        HttpRequest request = asStaff(get("/engine-rest/task?processInstanceBusinessKey=" + encode(orderNumber)
                + "&taskDefinitionKey=" + encode(taskKey)), staff)
            .build();
        JsonNode tasks = json.readTree(expect(request).body());
        return tasks.isArray() && !tasks.isEmpty() ? Optional.of(tasks.get(0).path("id").asText())
                : Optional.empty();
    }

    void claim(String taskId, String staff) throws IOException, InterruptedException {
        expect(asStaff(jsonRequest("/engine-rest/task/" + encode(taskId) + "/claim", Map.of("userId", staff)), staff)
            .build());
    }

    void complete(String taskId, String staff, Map<String, Object> variables)
            throws IOException, InterruptedException {
        Map<String, Object> body = Map.of("variables", variables);
        expect(asStaff(jsonRequest("/engine-rest/task/" + encode(taskId) + "/complete", body), staff).build());
    }

    /** The pickup code in the newest "ready for pickup" message the customer received, if any yet. */
    Optional<String> pickupCode(String orderNumber) throws IOException, InterruptedException {
        HttpRequest request = get("/sim/notify/messages?orderNumber=" + encode(orderNumber)).build();
        return readyForPickupCode(json.readTree(expect(request).body()));
    }

    /** Messages are listed oldest first, so the last READY_FOR_PICKUP one is the newest. */
    static Optional<String> readyForPickupCode(JsonNode messages) {
        String code = null;
        for (JsonNode message : messages) {
            JsonNode pickupCode = message.path("parameters").path("pickupCode");
            if ("READY_FOR_PICKUP".equals(message.path("template").asText()) && pickupCode.isValueNode()) {
                code = pickupCode.asText();
            }
        }
        return Optional.ofNullable(code);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json")
            .GET();
    }

    private HttpRequest.Builder jsonRequest(String path, Object body) throws JsonProcessingException {
        return HttpRequest.newBuilder(URI.create(base + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(BodyPublishers.ofString(json.writeValueAsString(body)));
    }

    private static HttpRequest.Builder asStaff(HttpRequest.Builder request, String staff) {
        String credentials = staff + ":" + STAFF_PASSWORD;
        return request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> expect(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            String body = response.body().strip().replaceAll("\\s+", " ");
            if (body.length() > MAX_BODY_IN_ERRORS) {
                body = body.substring(0, MAX_BODY_IN_ERRORS) + "...";
            }
            throw new UnexpectedResponse(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + body);
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A call answered with something the journey cannot continue from. */
    static final class UnexpectedResponse extends IOException {
        UnexpectedResponse(String message) {
            super(message);
        }
    }
}
