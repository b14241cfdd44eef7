package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.ShipmentService;
import org.springframework.stereotype.Component;

/** Counts a store's parcels made today and not at their end, the day beginning as the retailer counts it. */
@Component
class OpenShipmentsInTable implements OpenShipments {

    private final ShipmentService shipments;
    private final SourcingSettings settings;

    OpenShipmentsInTable(ShipmentService shipments, SourcingSettings settings) {
        this.shipments = shipments;
        this.settings = settings;
    }

    @Override
    public int today(String storeId) {
        return shipments.openToday(storeId, settings.dayZone());
    }
}
