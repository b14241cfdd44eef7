package io.o2o.fulfilment.callback;

import io.o2o.fulfilment.process.JourneyEngine;
import java.time.Duration;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands stored callbacks to their journey. A callback that arrives before its journey waits
 * for it (a fast customer, a slow commit) stays in the inbox and is delivered again until the
 * journey takes it or it grows too old.
 */
@Component
class CallbackDelivery {

    private static final Logger log = LoggerFactory.getLogger(CallbackDelivery.class);

    /** Longer than one delivery takes, shorter than a partner's patience. */
    private static final Duration LEASE = Duration.ofSeconds(1);

    private final CallbackInbox inbox;
    private final JourneyEngine journeys;
    private final Duration maxAge;

    CallbackDelivery(CallbackInbox inbox, JourneyEngine journeys,
            @Value("${o2o.callbacks.redelivery-max-age:PT1H}") Duration maxAge) {
        this.inbox = inbox;
        this.journeys = journeys;
        this.maxAge = maxAge;
    }

    boolean deliver(String deduplicationKey, String orderNumber, String messageName) {
        boolean delivered;
        try {
            delivered = journeys.correlate(orderNumber, messageName);
        } catch (OptimisticLockingException busy) {
            // a job of the same order committed meanwhile: the next round tries again
            inbox.notDelivered(deduplicationKey, "busy: " + busy.getMessage());
            return false;
        } catch (RuntimeException e) {
            log.warn("Delivering {} to order {} failed; retrying on redelivery", messageName, orderNumber, e);
            inbox.notDelivered(deduplicationKey, e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
        if (delivered) {
            inbox.delivered(deduplicationKey);
        } else {
            inbox.notDelivered(deduplicationKey, "no journey waits for " + messageName + " yet");
        }
        return delivered;
    }

    @Scheduled(fixedDelayString = "${o2o.callbacks.redelivery-interval:PT2S}")
    void redeliver() {
        for (CallbackInbox.PendingCallback pending : inbox.pending(maxAge, 100)) {
            // on several nodes, each callback is redelivered by one of them per round
            if (inbox.claim(pending.deduplicationKey(), LEASE) && deliver(pending.deduplicationKey(), pending.orderNumber(), pending.messageName())) {
                log.info("Delivered {} to order {} on redelivery", pending.messageName(), pending.orderNumber());
            }
        }
    }
}
