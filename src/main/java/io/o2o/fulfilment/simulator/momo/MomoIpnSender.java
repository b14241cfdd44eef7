package io.o2o.fulfilment.simulator.momo;

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
 * POSTs IPNs to the shop like MoMo does: in the background, retrying with growing pauses until the
 * shop answers 204 (MoMo's retry policy is unpublished; five attempts is the simulator's choice).
 */
@Component
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class MomoIpnSender {

    private static final Logger log = LoggerFactory.getLogger(MomoIpnSender.class);
    private static final int ATTEMPTS = 5;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);

    private final CallbackPoster poster;
    private final CallbackWithholding withholding;

    MomoIpnSender(ObjectMapper json, CallbackWithholding withholding) {
        this.poster = new CallbackPoster("momo-sim-ipn", json);
        this.withholding = withholding;
    }

    void deliver(String ipnUrl, Map<String, Object> ipn) {
        if (withholding.withholds("momo")) {
            log.info("MoMo simulator withholds the IPN for {} (resultCode {})", ipn.get("orderId"),
                    ipn.get("resultCode"));
            return;
        }
        poster.later(() -> attempt(ipnUrl, ipn, 1), 0);
    }

    /** One synchronous attempt; answers the shop's HTTP status, or 0 when it could not be reached. */
    int sendOnce(String ipnUrl, Map<String, Object> ipn) {
        return poster.post(ipnUrl, ipn).map(HttpResponse::statusCode).orElse(0);
    }

    private void attempt(String ipnUrl, Map<String, Object> ipn, int attempt) {
        int status = sendOnce(ipnUrl, ipn);
        if (status == 204) {
            log.info("MoMo simulator delivered IPN for {} (resultCode {})", ipn.get("orderId"), ipn.get("resultCode"));
            return;
        }
        String outcome = status == 0 ? "no answer" : "HTTP " + status;
        if (attempt >= ATTEMPTS) {
            log.warn("MoMo simulator gave up on IPN for {} after {} attempts: {}", ipn.get("orderId"), attempt, outcome);
            return;
        }
        long pause = FIRST_PAUSE.toMillis() << (attempt - 1);
        log.info("MoMo simulator IPN for {} answered {}, retrying in {} ms", ipn.get("orderId"), outcome, pause);
        poster.later(() -> attempt(ipnUrl, ipn, attempt + 1), pause);
    }

    @PreDestroy
    void stop() {
        poster.stop();
    }
}
