package io.o2o.fulfilment.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How a simulated partner calls the shop back (a wallet's payment callback, a carrier's webhook): a
 * JSON POST, on a background thread of its own, with later attempts scheduled by the partner's own
 * retry rule.
 */
public final class CallbackPoster {

    /** The shop's callbacks are answered within 15 s at MoMo and ZaloPay; GHN's limit is unpublished. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);

    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService attempts;

    public CallbackPoster(String threadName, ObjectMapper json) {
        this.json = json;
        this.attempts = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One attempt; the shop's answer, or empty when it could not be reached. */
    public Optional<HttpResponse<String>> post(String url, Map<String, Object> body) {
        try {
            return post(url, json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One attempt with a body sent exactly as given; the shop's answer, or empty when it could not be reached. */
    public Optional<HttpResponse<String>> post(String url, String jsonBody) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(ANSWER_TIMEOUT)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                    .build();
            return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public void later(Runnable attempt, long delayMillis) {
        attempts.schedule(attempt, delayMillis, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        attempts.shutdownNow();
    }
}
