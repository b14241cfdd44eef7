package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.journey.shipfromstore.Availability.Line;
import io.o2o.fulfilment.journey.shipfromstore.Availability.StoreOffer;
import io.o2o.fulfilment.port.StockAvailability;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.process.StockQuery;
import io.o2o.fulfilment.store.District;
import io.o2o.fulfilment.store.GeoPoint;
import io.o2o.fulfilment.store.Store;
import io.o2o.fulfilment.store.StoreRepository;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Availability for a storefront: the stores in the customer's city (and any other that delivers to
 * them) that offer click-and-collect or ship-from-store, with the WMS's stock, and the plan sourcing
 * would make for a ship-from-store order of one unit of each SKU.
 */
@Component
public class AvailabilityService {

    private static final Comparator<StoreOffer> NEAREST_FIRST = Comparator
            .comparing(StoreOffer::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoreOffer::storeId);

    private final StoreRepository stores;
    private final StockQuery stock;
    private final Sourcing sourcing;
    private final OpenShipments openShipments;
    private final SourcingSettings settings;

    AvailabilityService(StoreRepository stores, StockQuery stock, Sourcing sourcing, OpenShipments openShipments,
            SourcingSettings settings) {
        this.stores = stores;
        this.stock = stock;
        this.sourcing = sourcing;
        this.openShipments = openShipments;
        this.settings = settings;
    }

    /**
     * @param skus SKUs of the catalogue, each once
     * @throws io.o2o.fulfilment.process.StockUnavailableException when the WMS cannot be asked now
     */
    public Availability near(List<String> skus, District customer) {
        GeoPoint home = customer.location();
        List<Store> nearby = stores.findAll().stream()
                .filter(store -> store.clickAndCollect() || store.shipFromStore())
                .filter(store -> store.city().equalsIgnoreCase(customer.city()) || delivers(store, home))
                .toList();
        StockAvailability available = nearby.isEmpty() ? new StockAvailability(List.of())
                : stock.available(skus, nearby.stream().map(Store::id).toList());
        List<StoreOffer> offers = nearby.stream().map(store -> offer(store, home, skus, available))
                .sorted(NEAREST_FIRST).toList();
        List<Candidate> candidates = nearby.stream().filter(Store::shipFromStore)
                .map(store -> new Candidate(store, openShipments.today(store.id()))).toList();
        SourcingPlan plan = sourcing.plan(skus.stream().map(sku -> new StockLine(sku, 1)).toList(), home, candidates,
                available, settings.splitPolicy());
        List<String> nobodyHas = skus.stream()
                .filter(sku -> offers.stream().flatMap(o -> o.lines().stream()).noneMatch(l -> l.sku().equals(sku) && l.enough()))
                .toList();
        return new Availability(customer.city(), customer.name(), offers,
                Availability.ShipFromStore.of(plan, settings.splitPolicy()), nobodyHas);
    }

    private static StoreOffer offer(Store store, GeoPoint home, List<String> skus, StockAvailability available) {
        StockAvailability.StoreStock shelf = available.stores().stream()
                .filter(s -> s.storeId().equals(store.id())).findFirst()
                .orElse(new StockAvailability.StoreStock(store.id(), null));
        List<Line> lines = skus.stream().map(sku -> new Line(sku, Math.max(0, shelf.of(sku)), shelf.of(sku) >= 1)).toList();
        return new StoreOffer(store.id(), store.name(), store.city(), store.district(),
                store.location() == null ? null : Sourcing.distanceKm(home, store), delivers(store, home),
                new Availability.Offers(store.clickAndCollect(), store.shipFromStore()), lines,
                lines.stream().allMatch(Line::enough));
    }

    /** The store ships from store and the customer is inside its service area. */
    private static boolean delivers(Store store, GeoPoint home) {
        return store.shipFromStore() && store.location() != null
                && Sourcing.distanceKm(home, store) <= store.serviceRadiusKm();
    }
}
