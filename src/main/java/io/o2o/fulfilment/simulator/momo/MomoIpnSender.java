package io.o2o.fulfilment.simulator.momo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.simulator.CallbackWithholding;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * POSTs IPNs to the shop like MoMo does: in the background, retrying with growing pauses until the
 * shop answers 204 (MoMo's retry policy is unpublished; five attempts is the simulator's choice).
 */
@Component
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class MomoIpnSender {

    private static final Logger log = LoggerFactory.getLogger(MomoIpnSender.class);
    private static final int ATTEMPTS = 5;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    /** MoMo expects the shop's answer within 15 s. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);

    private final ObjectMapper json;
    private final CallbackWithholding withholding;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "momo-sim-ipn");
        thread.setDaemon(true);
        return thread;
    });

    MomoIpnSender(ObjectMapper json, CallbackWithholding withholding) {
        this.json = json;
        this.withholding = withholding;
    }

    void deliver(String ipnUrl, Map<String, Object> ipn) {
        if (withholding.withholds("momo")) {
            log.info("MoMo simulator withholds the IPN for {} (resultCode {})", ipn.get("orderId"),
                    ipn.get("resultCode"));
            return;
        }
        attempt(ipnUrl, ipn, 1);
    }

    /** One synchronous attempt; answers the shop's HTTP status, or 0 when it could not be reached. */
    int sendOnce(String ipnUrl, Map<String, Object> ipn) {
        try {
            return http.send(request(ipnUrl, ipn), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            log.warn("MoMo simulator could not deliver IPN for {} to {}: {}", ipn.get("orderId"), ipnUrl, e.toString());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private void attempt(String ipnUrl, Map<String, Object> ipn, int attempt) {
        CompletableFuture<Integer> status = http.sendAsync(request(ipnUrl, ipn), HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
        status.whenComplete((code, failure) -> {
            if (code != null && code == 204) {
                log.info("MoMo simulator delivered IPN for {} (resultCode {})", ipn.get("orderId"), ipn.get("resultCode"));
                return;
            }
            String outcome = failure != null ? failure.toString() : "HTTP " + code;
            if (attempt >= ATTEMPTS) {
                log.warn("MoMo simulator gave up on IPN for {} after {} attempts: {}", ipn.get("orderId"), attempt,
                        outcome);
                return;
            }
            long pause = FIRST_PAUSE.toMillis() << (attempt - 1);
            log.info("MoMo simulator IPN for {} answered {}, retrying in {} ms", ipn.get("orderId"), outcome, pause);
            retries.schedule(() -> attempt(ipnUrl, ipn, attempt + 1), pause, TimeUnit.MILLISECONDS);
        });
    }

    private HttpRequest request(String ipnUrl, Map<String, Object> ipn) {
        try {
            return HttpRequest.newBuilder(URI.create(ipnUrl))
                    .timeout(ANSWER_TIMEOUT)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(ipn)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
    }
}
