package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.ParcelChange;
import io.o2o.fulfilment.port.ParcelChangeRequest;

/** {@code carrier.cancel} and {@code carrier.return} ask the same of the carrier: this parcel, by its code. */
abstract class ParcelChangeMapping implements PortMapping<ParcelChangeRequest, ParcelChange> {

    protected final ShipmentService shipments;

    ParcelChangeMapping(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public ParcelChangeRequest request(PortCall call) {
        Shipment shipment = shipments.get(call.shipmentId());
        return new ParcelChangeRequest(call.idempotencyKey(), call.orderNumber(), shipment.shipmentId(),
                shipment.storeId(), shipment.carrierOrderCode());
    }
}
