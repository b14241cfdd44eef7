package io.o2o.fulfilment.simulator.ghn;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.simulator.CallbackPoster;
import jakarta.annotation.PreDestroy;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * POSTs webhooks to the shop like GHN: in the background, in order per order code (a webhook waits
 * until the one before it for the same order was taken or given up), again while the shop answers
 * anything but HTTP 200 or nothing, at most {@code webhookRetries} times {@code webhookRetryInterval}
 * apart. The address is the registered webhook URL, {@code o2o.simulators.ghn.webhook-url}, read for
 * every webhook; by default the application's own callback with its secret,
 * {@code ${o2o.public-base-url}/callbacks/carriers/ghn?token=${o2o.ghn.webhook-secret}}.
 */
@Component
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class GhnWebhookSender {

    private static final Logger log = LoggerFactory.getLogger(GhnWebhookSender.class);

    private final GhnSimulatorProperties properties;
    private final Environment environment;
    private final CallbackPoster poster;
    private final Map<String, Queue<Delivery>> queues = new HashMap<>();

    GhnWebhookSender(GhnSimulatorProperties properties, Environment environment, ObjectMapper json) {
        this.properties = properties;
        this.environment = environment;
        this.poster = new CallbackPoster("ghn-sim-webhook", json);
    }

    /** Queues a webhook of an order, sent after the order's earlier ones. */
    Delivery send(String orderCode, String body) {
        Delivery delivery = new Delivery(body);
        synchronized (queues) {
            Queue<Delivery> queue = queues.computeIfAbsent(orderCode, code -> new ArrayDeque<>());
            queue.add(delivery);
            if (queue.size() == 1) {
                poster.later(() -> attempt(orderCode), 0);
            }
        }
        return delivery;
    }

    String webhookUrl() {
        String registered = environment.getProperty("o2o.simulators.ghn.webhook-url");
        if (registered != null && !registered.isBlank()) {
            return registered;
        }
        return environment.getRequiredProperty("o2o.public-base-url") + "/callbacks/carriers/ghn?token="
                + URLEncoder.encode(environment.getProperty("o2o.ghn.webhook-secret", ""), UTF_8);
    }

    private void attempt(String orderCode) {
        Delivery delivery;
        synchronized (queues) {
            delivery = queues.get(orderCode).peek();
        }
        int status = poster.post(webhookUrl(), delivery.body).map(HttpResponse::statusCode).orElse(0);
        delivery.answered(status);
        if (status != 200 && delivery.attempts() <= properties.webhookRetries()) {
            log.info("GHN simulator webhook for {} answered {}, again in {}", orderCode,
                    status == 0 ? "nothing" : "HTTP " + status, properties.webhookRetryInterval());
            poster.later(() -> attempt(orderCode), properties.webhookRetryInterval().toMillis());
            return;
        }
        if (status != 200) {
            log.warn("GHN simulator gave up on a webhook for {} after {} attempts", orderCode, delivery.attempts());
        }
        synchronized (queues) {
            Queue<Delivery> queue = queues.get(orderCode);
            queue.poll();
            if (queue.isEmpty()) {
                queues.remove(orderCode);
            } else {
                poster.later(() -> attempt(orderCode), 0);
            }
        }
    }

    @PreDestroy
    void stop() {
        poster.stop();
    }

    /** One webhook and how the shop took it so far. */
    static final class Delivery {

        final String body;
        private final AtomicInteger attempts = new AtomicInteger();
        private volatile int lastAnswer;

        Delivery(String body) {
            this.body = body;
        }

        void answered(int status) {
            lastAnswer = status;
            attempts.incrementAndGet();
        }

        int attempts() {
            return attempts.get();
        }

        /** For the portal: attempts so far and the shop's last HTTP status (0: no answer). */
        Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("attempts", attempts.get());
            view.put("lastAnswer", lastAnswer);
            view.put("taken", lastAnswer == 200);
            return view;
        }
    }
}
