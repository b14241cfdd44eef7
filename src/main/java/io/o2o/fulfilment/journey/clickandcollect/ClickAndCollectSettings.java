package io.o2o.fulfilment.journey.clickandcollect;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Business timing of click-and-collect. Each order takes the values in force when it is placed,
 * so a change applies to new orders only.
 *
 * @param paymentWindow how long the customer has to pay online before the order is cancelled
 * @param readyWithin how long the store has to pick and stage a confirmed order (the pick and stage
 *        tasks are due then)
 * @param collectionWindow how long a ready order waits at the counter before it is cancelled
 * @param reminderCycle ISO 8601 repetition of pickup reminders, for example {@code R2/P1D}
 * @param pickupCodeAttempts wrong pickup codes allowed before a new code is issued
 */
@ConfigurationProperties("o2o.click-and-collect")
public record ClickAndCollectSettings(Duration paymentWindow, Duration readyWithin, Duration collectionWindow,
        String reminderCycle, int pickupCodeAttempts) {
}
