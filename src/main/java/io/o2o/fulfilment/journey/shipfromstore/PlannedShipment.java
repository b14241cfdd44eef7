package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.port.StockLine;
import java.util.List;

/**
 * One parcel of a sourcing plan: the store that ships it, the lines it ships, how far it is from the
 * customer (km, to 0.1), and the tier and reason the sourcing table gave it (for the order's timeline).
 */
public record PlannedShipment(String storeId, List<StockLine> lines, double distanceKm, int tier, String reason) {
}
