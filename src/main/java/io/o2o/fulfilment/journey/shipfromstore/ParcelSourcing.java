package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.process.StockQuery;
import io.o2o.fulfilment.store.District;
import io.o2o.fulfilment.store.Store;
import io.o2o.fulfilment.store.StoreRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Sources lines of a ship-from-store order: asks the WMS what the stores that ship from store have
 * now, lets {@link Sourcing} (the sourcing table) choose, and makes the parcels. What no store can
 * ship is taken off the order.
 */
@Component
class ParcelSourcing {

    private final StoreRepository stores;
    private final StockQuery stock;
    private final Sourcing sourcing;
    private final OpenShipments openShipments;
    private final SourcingSettings settings;
    private final ShipmentService shipments;

    ParcelSourcing(StoreRepository stores, StockQuery stock, Sourcing sourcing, OpenShipments openShipments,
            SourcingSettings settings, ShipmentService shipments) {
        this.stores = stores;
        this.stock = stock;
        this.sourcing = sourcing;
        this.openShipments = openShipments;
        this.settings = settings;
        this.shipments = shipments;
    }

    /**
     * @param excluded stores that must not ship these lines (one whose pick came up short)
     * @return the ids of the parcels made, best store first
     */
    List<String> source(Order order, List<StockLine> wanted, Set<String> excluded) {
        District district = stores.district(order.deliveryAddress().city(), order.deliveryAddress().district())
                .orElseThrow(() -> new IllegalStateException("Order " + order.orderNumber() + " goes to an unknown district "
                        + order.deliveryAddress().district()));
        List<Candidate> candidates = stores.findAll().stream()
                .filter(Store::shipFromStore)
                .filter(store -> !excluded.contains(store.id()))
                .map(store -> new Candidate(store, openShipments.today(store.id())))
                .toList();
        SourcingPlan plan = sourcing.plan(wanted, district.location(), candidates,
                stock.available(wanted.stream().map(StockLine::sku).distinct().toList(),
                        candidates.stream().map(c -> c.store().id()).toList()),
                settings.splitPolicy());
        Map<String, List<StockLine>> linesByStore = new LinkedHashMap<>();
        Map<String, String> why = new LinkedHashMap<>();
        plan.shipments().forEach(parcel -> {
            linesByStore.put(parcel.storeId(), parcel.lines());
            why.put(parcel.storeId(), parcel.reason());
        });
        List<String> ids = shipments.sourced(order.orderNumber(), linesByStore, why);
        shipments.unsourced(order.orderNumber(), plan.unsourced());
        return ids;
    }
}
