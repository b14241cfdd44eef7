package io.o2o.fulfilment.simulator.zalopay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.simulator.CallbackPoster;
import io.o2o.fulfilment.simulator.CallbackWithholding;
import jakarta.annotation.PreDestroy;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * POSTs payment callbacks to the shop like ZaloPay: in the background, and again at most three
 * times while the shop answers {@code return_code} 0, something that is not such an answer, or
 * nothing. Any other return_code ends it (1 and 2 taken, -1 refused).
 */
@Component
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class ZalopayCallbackSender {

    private static final Logger log = LoggerFactory.getLogger(ZalopayCallbackSender.class);
    private static final int RETRIES = 3;
    private static final Duration PAUSE = Duration.ofSeconds(1);

    private final ObjectMapper json;
    private final CallbackPoster poster;
    private final CallbackWithholding withholding;

    ZalopayCallbackSender(ObjectMapper json, CallbackWithholding withholding) {
        this.json = json;
        this.poster = new CallbackPoster("zalopay-sim-callback", json);
        this.withholding = withholding;
    }

    void deliver(String callbackUrl, Map<String, Object> callback) {
        if (withholding.withholds("zalopay")) {
            log.info("ZaloPay simulator withholds the callback to {}", callbackUrl);
            return;
        }
        poster.later(() -> attempt(callbackUrl, callback, 0), 0);
    }

    /** One synchronous attempt; answers the shop's JSON answer, or a note of what went wrong. */
    Object sendOnce(String callbackUrl, Map<String, Object> callback) {
        return poster.post(callbackUrl, callback).map(this::answer).orElse("not delivered");
    }

    private Object answer(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), Map.class);
        } catch (JsonProcessingException e) {
            return "HTTP " + response.statusCode() + ", not JSON";
        }
    }

    private void attempt(String callbackUrl, Map<String, Object> callback, int retry) {
        Object answer = sendOnce(callbackUrl, callback);
        if (answer instanceof Map<?, ?> map && map.get("return_code") instanceof Integer code && code != 0) {
            log.info("ZaloPay simulator callback to {} answered return_code {}", callbackUrl, code);
            return;
        }
        if (retry >= RETRIES) {
            log.warn("ZaloPay simulator gave up on the callback to {} after {} retries: {}", callbackUrl, retry, answer);
            return;
        }
        poster.later(() -> attempt(callbackUrl, callback, retry + 1), PAUSE.toMillis() << retry);
    }

    @PreDestroy
    void stop() {
        poster.stop();
    }
}
