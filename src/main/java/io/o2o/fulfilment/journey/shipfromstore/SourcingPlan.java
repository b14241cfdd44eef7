package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.port.StockLine;
import java.util.List;

/** Which stores ship what ({@code shipments}, best first) and what no store ships ({@code unsourced}). */
public record SourcingPlan(List<PlannedShipment> shipments, List<StockLine> unsourced) {

    /** Every line has a store to ship it. */
    public boolean complete() {
        return !shipments.isEmpty() && unsourced.isEmpty();
    }
}
