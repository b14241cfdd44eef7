package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.port.StockLine;
import java.util.List;

/**
 * What the stores near a customer can supply of some SKUs (one unit each), nearest first; how
 * ship-from-store would send them; and the SKUs no store near the customer has.
 */
public record Availability(String city, String district, List<StoreOffer> stores, ShipFromStore shipFromStore,
        List<String> nobodyHas) {

    /**
     * One store: how far it is ({@code distanceKm}, to 0.1 km; absent when the store has no location), whether
     * it delivers that far, what it offers, and how much of each SKU it can sell now.
     */
    public record StoreOffer(String storeId, String name, String city, String district, Double distanceKm,
            boolean withinServiceArea, Offers offers, List<Line> lines, boolean hasEverything) {
    }

    public record Offers(boolean clickAndCollect, boolean shipFromStore) {
    }

    /** {@code enough}: the store can sell at least the one unit asked for. */
    public record Line(String sku, int available, boolean enough) {
    }

    /** How ship-from-store would send the SKUs under the retailer's split policy, as sourcing would plan it now. */
    public record ShipFromStore(Outcome outcome, SplitPolicy splitPolicy, List<Shipment> shipments,
            List<String> unsourced) {

        static ShipFromStore of(SourcingPlan plan, SplitPolicy policy) {
            Outcome outcome = plan.shipments().isEmpty() ? Outcome.NONE
                    : !plan.unsourced().isEmpty() ? Outcome.PARTLY
                    : plan.shipments().size() == 1 ? Outcome.ONE_STORE : Outcome.SPLIT;
            return new ShipFromStore(outcome, policy, plan.shipments().stream()
                    .map(s -> new Shipment(s.storeId(), skus(s.lines()), s.distanceKm(), s.reason())).toList(),
                    skus(plan.unsourced()));
        }

        private static List<String> skus(List<StockLine> lines) {
            return lines.stream().map(StockLine::sku).toList();
        }
    }

    public enum Outcome {
        /** One store ships everything. */
        ONE_STORE,
        /** Everything ships, from several stores. */
        SPLIT,
        /** Only part ships: no store near the customer has the rest, or the retailer cancels what is missing. */
        PARTLY,
        /** Nothing can ship from a store. */
        NONE
    }

    /** One parcel: the store, the SKUs it would ship, how far it is and why sourcing chose it. */
    public record Shipment(String storeId, List<String> skus, double distanceKm, String reason) {
    }
}
