package io.o2o.fulfilment.journey.shipfromstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Business rules of ship-from-store (sourcing has its own, {@link SourcingSettings}). Each order takes
 * the values in force when it is placed.
 *
 * @param paymentWindow how long the customer has to pay online before the order is cancelled
 * @param readyWithin how long a store has to pick, pack and hand a parcel to the carrier
 * @param deliveryAttemptLimit failed delivery attempts after which the parcel goes back to its store
 * @param trackAfter how long without a carrier report before the carrier is asked
 */
@ConfigurationProperties("o2o.ship-from-store")
public record ShipFromStoreSettings(Duration paymentWindow, Duration readyWithin, int deliveryAttemptLimit,
        Duration trackAfter) {
}
