package io.o2o.fulfilment.journey.shipfromstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.o2o.fulfilment.journey.shipfromstore.SourcingDecision.Rating;
import io.o2o.fulfilment.port.StockAvailability;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.store.GeoPoint;
import io.o2o.fulfilment.store.Store;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The choice of stores on the real sourcing table (processes/sourcing.dmn). Stores stand due north of
 * the customer at whole tenths of a kilometre, so that their distances are exact.
 */
class SourcingTest {

    private static final GeoPoint CUSTOMER = new GeoPoint(21.0, 105.85);

    private final Sourcing sourcing = new Sourcing(new SourcingTables().table);
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, Map<String, Integer>> shelves = new LinkedHashMap<>();

    @Test
    void aStoreThatHasEverythingShipsItAllEvenWhenANearerOneHasPart() {
        store("HN-NEAR", 1.0, shelf("SKU-1", 2));
        store("HN-FULL", 3.0, shelf("SKU-1", 2, "SKU-2", 1));

        SourcingPlan plan = plan(SplitPolicy.SPLIT, line("SKU-1", 2), line("SKU-2", 1));

        assertThat(plan.shipments()).containsExactly(new PlannedShipment("HN-FULL",
                List.of(line("SKU-1", 2), line("SKU-2", 1)), 3.0, 1, "Has everything, 3.0 km away"));
        assertThat(plan.unsourced()).isEmpty();
        assertThat(plan.complete()).isTrue();
    }

    @Test
    void aStoreWithTooFewUnitsOfALineDoesNotHaveEverything() {
        store("HN-NEAR", 1.0, shelf("SKU-1", 1, "SKU-2", 1));
        store("HN-FAR", 14.5, shelf("SKU-1", 5, "SKU-2", 5));

        SourcingPlan plan = plan(SplitPolicy.SPLIT, line("SKU-1", 2), line("SKU-2", 1));

        assertThat(plan.shipments()).containsExactly(new PlannedShipment("HN-FAR",
                List.of(line("SKU-1", 2), line("SKU-2", 1)), 14.5, 2, "Has everything, 14.5 km away"));
    }

    @Test
    void aStoreOutsideItsServiceAreaDoesNotShip() {
        store("HN-NEAR", 3.0, 2, 10, shelf("SKU-1", 5));
        store("HN-FAR", 8.0, 20, 10, shelf("SKU-1", 5));

        assertThat(storesShipping(line("SKU-1", 1))).containsExactly("HN-FAR");
    }

    @Test
    void aStoreWithItsDayFullDoesNotShip() {
        store("HN-NEAR", 3.0, 20, 10, shelf("SKU-1", 5));
        store("HN-FAR", 8.0, 20, 10, shelf("SKU-1", 5));
        candidates.set(0, new Candidate(candidates.get(0).store(), 10));

        assertThat(storesShipping(line("SKU-1", 1))).containsExactly("HN-FAR");
    }

    @Test
    void amongStoresThatHaveEverythingTheBetterTierShipsEvenWhenFarther() {
        store("HN-TIER2", 2.0, shelf("SKU-1", 1));
        store("HN-TIER1", 9.0, shelf("SKU-1", 1));
        // a table that rates by store, not by distance: the tier decides before the tie break
        Sourcing byStore = new Sourcing(facts -> new Rating(true, facts.distanceKm() < 5 ? 2 : 1, "rated"));

        SourcingPlan plan = byStore.plan(List.of(line("SKU-1", 1)), CUSTOMER, candidates, stock(), SplitPolicy.SPLIT);

        assertThat(plan.shipments()).extracting(PlannedShipment::storeId).containsExactly("HN-TIER1");
    }

    @Test
    void tiesInATierGoToTheNearerStoreFirst() {
        store("HN-A", 4.5, 20, 50, shelf("SKU-1", 1));
        store("HN-B", 4.0, 20, 5, shelf("SKU-1", 1));

        assertThat(storesShipping(line("SKU-1", 1))).containsExactly("HN-B");
    }

    @Test
    void tiesAtTheSameDistanceGoToTheStoreWithMoreCapacityLeft() {
        store("HN-A", 4.0, 20, 10, shelf("SKU-1", 1));
        store("HN-B", 4.0, 20, 10, shelf("SKU-1", 1));
        candidates.set(0, new Candidate(candidates.get(0).store(), 3));

        assertThat(storesShipping(line("SKU-1", 1))).containsExactly("HN-B");
    }

    @Test
    void tiesOtherwiseEqualGoToTheStoreIdFirstInTheAlphabet() {
        store("HN-C", 4.0, shelf("SKU-1", 1));
        store("HN-B", 4.0, shelf("SKU-1", 1));

        assertThat(storesShipping(line("SKU-1", 1))).containsExactly("HN-B");
    }

    @Test
    void splitsAnOrderThatNoStoreHasWholeAcrossTwoStores() {
        // as in the demo: Hoàn Kiếm has no rice cooker, Cầu Giấy no sunscreen
        store("HN-HK", 0.5, shelf("SKU-1010", 0, "SKU-1019", 57));
        store("HN-CG", 6.5, shelf("SKU-1010", 32, "SKU-1019", 0));

        SourcingPlan plan = plan(SplitPolicy.SPLIT, line("SKU-1010", 1), line("SKU-1019", 2));

        // each has half the units wanted: the nearer first; the other then has everything that is left
        assertThat(plan.shipments()).containsExactly(
                new PlannedShipment("HN-HK", List.of(line("SKU-1019", 2)), 0.5, 3, "Has 67% of the items, 0.5 km away"),
                new PlannedShipment("HN-CG", List.of(line("SKU-1010", 1)), 6.5, 1, "Has everything, 6.5 km away"));
        assertThat(plan.unsourced()).isEmpty();
    }

    @Test
    void splitsOneLineByQuantityStartingWithTheStoreThatHasMost() {
        store("HN-A", 2.0, shelf("SKU-1", 3));
        store("HN-B", 7.0, shelf("SKU-1", 4));

        SourcingPlan plan = plan(SplitPolicy.SPLIT, line("SKU-1", 5));

        assertThat(plan.shipments()).extracting(PlannedShipment::storeId, PlannedShipment::lines).containsExactly(
                org.assertj.core.groups.Tuple.tuple("HN-B", List.of(line("SKU-1", 4))),
                org.assertj.core.groups.Tuple.tuple("HN-A", List.of(line("SKU-1", 1))));
        assertThat(plan.unsourced()).isEmpty();
    }

    @Test
    void aSplitStopsWhenNoStoreAddsAnythingAndLeavesTheRestUnsourced() {
        store("HN-A", 2.0, shelf("SKU-1", 2));
        store("HN-B", 3.0, shelf("SKU-1", 1));
        store("HN-C", 1.0, shelf("SKU-3", 9));

        SourcingPlan plan = plan(SplitPolicy.SPLIT, line("SKU-1", 5), line("SKU-2", 1));

        assertThat(plan.shipments()).extracting(PlannedShipment::storeId).containsExactly("HN-A", "HN-B");
        assertThat(plan.unsourced()).containsExactly(line("SKU-1", 2), line("SKU-2", 1));
        assertThat(plan.complete()).isFalse();
    }

    @Test
    void cancelMissingShipsWhatTheStoreWithTheMostHasAndNothingElse() {
        store("HN-HK", 0.5, shelf("SKU-1010", 0, "SKU-1019", 57));
        store("HN-CG", 6.5, shelf("SKU-1010", 32, "SKU-1019", 0));

        SourcingPlan plan = plan(SplitPolicy.CANCEL_MISSING, line("SKU-1010", 3), line("SKU-1019", 1));

        assertThat(plan.shipments()).containsExactly(new PlannedShipment("HN-CG", List.of(line("SKU-1010", 3)), 6.5, 3,
                "Has 75% of the items, 6.5 km away"));
        assertThat(plan.unsourced()).containsExactly(line("SKU-1019", 1));
    }

    @Test
    void nothingAvailableShipsNothing() {
        store("HN-A", 2.0, shelf("SKU-1", 0));
        store("HN-B", 30.0, 20, 10, shelf("SKU-1", 5));
        store("HN-C", 3.0, shelf());

        SourcingPlan plan = plan(SplitPolicy.SPLIT, line("SKU-1", 1), line("SKU-1", 2));

        assertThat(plan.shipments()).isEmpty();
        assertThat(plan.unsourced()).as("the wanted lines, one per SKU").containsExactly(line("SKU-1", 3));
        assertThat(plan.complete()).isFalse();
    }

    @Test
    void aStoreWithoutALocationOrUnknownToTheWmsIsNeverChosen() {
        candidates.add(new Candidate(new Store("HN-NOWHERE", "Nowhere", "Hà Nội", null, null, null, false, false, true,
                null, null, 50, 10), 0));
        shelves.put("HN-NOWHERE", Map.of("SKU-1", 5));
        store("HN-UNKNOWN", 1.0, null);

        assertThat(plan(SplitPolicy.SPLIT, line("SKU-1", 1)).shipments()).isEmpty();
    }

    /** The stores that would ship, splitting if need be. */
    private List<String> storesShipping(StockLine... wanted) {
        return plan(SplitPolicy.SPLIT, wanted).shipments().stream().map(PlannedShipment::storeId).toList();
    }

    private SourcingPlan plan(SplitPolicy policy, StockLine... wanted) {
        return sourcing.plan(List.of(wanted), CUSTOMER, candidates, stock(), policy);
    }

    private StockAvailability stock() {
        return new StockAvailability(shelves.entrySet().stream()
                .map(e -> new StockAvailability.StoreStock(e.getKey(), e.getValue())).toList());
    }

    private void store(String id, double kmNorth, Map<String, Integer> stock) {
        store(id, kmNorth, 20, 30, stock);
    }

    /** A store {@code kmNorth} due north of the customer; {@code stock} null: the WMS does not know it. */
    private void store(String id, double kmNorth, int serviceRadiusKm, int dailyShipCapacity, Map<String, Integer> stock) {
        double latitude = CUSTOMER.latitude() + Math.toDegrees(kmNorth / 6371.0);
        candidates.add(new Candidate(new Store(id, id, "Hà Nội", null, null, null, true, false, true,
                BigDecimal.valueOf(latitude), BigDecimal.valueOf(CUSTOMER.longitude()), serviceRadiusKm,
                dailyShipCapacity), 0));
        if (stock != null) {
            shelves.put(id, stock);
        }
    }

    private static Map<String, Integer> shelf(Object... skuAndUnits) {
        Map<String, Integer> stock = new LinkedHashMap<>();
        for (int i = 0; i < skuAndUnits.length; i += 2) {
            stock.put((String) skuAndUnits[i], (Integer) skuAndUnits[i + 1]);
        }
        return stock;
    }

    private static StockLine line(String sku, int quantity) {
        return new StockLine(sku, quantity);
    }
}
