package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.ParcelChange;
import io.o2o.fulfilment.port.ParcelChangeRequest;
import io.o2o.fulfilment.port.Port;
import org.springframework.stereotype.Component;

/** {@code carrier.cancel}: the courier should not come for a booked parcel; it stays in the store. */
@Component
class CancelParcelMapping implements PortMapping<ParcelChangeRequest, ParcelChange> {

    private final ShipmentService shipments;

    CancelParcelMapping(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public Port port() {
        return Port.CARRIER_CANCEL;
    }

    @Override
    public ParcelChangeRequest request(PortCall call) {
        Shipment shipment = shipments.get(call.shipmentId());
        return new ParcelChangeRequest(call.idempotencyKey(), call.orderNumber(), shipment.shipmentId(),
                shipment.storeId(), shipment.carrierOrderCode());
    }

    @Override
    public void apply(PortCall call, ParcelChangeRequest request, ParcelChange result) {
        if (result.refusal() == null) {
            shipments.cancelled(request.shipmentId());
        }
    }
}
