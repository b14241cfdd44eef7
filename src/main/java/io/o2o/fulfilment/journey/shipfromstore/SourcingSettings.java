package io.o2o.fulfilment.journey.shipfromstore;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the retailer sources ship-from-store orders.
 *
 * @param splitPolicy what to do when no one store has everything: ship from several, or ship what the
 *        best store has and cancel the rest
 * @param dayZone the time zone a store's day is counted in, for its daily ship capacity
 */
@ConfigurationProperties("o2o.ship-from-store.sourcing")
public record SourcingSettings(SplitPolicy splitPolicy, ZoneId dayZone) {
}
