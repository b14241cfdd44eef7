package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.ParcelChange;
import io.o2o.fulfilment.port.ParcelChangeRequest;
import io.o2o.fulfilment.port.Port;
import org.springframework.stereotype.Component;

/**
 * {@code carrier.return}: stop delivering and bring the parcel back to its store, after the last
 * failed attempt or because the customer cancelled.
 */
@Component
class ReturnParcelMapping extends ParcelChangeMapping {

    ReturnParcelMapping(ShipmentService shipments) {
        super(shipments);
    }

    @Override
    public Port port() {
        return Port.CARRIER_RETURN;
    }

    @Override
    public void apply(PortCall call, ParcelChangeRequest request, ParcelChange result) {
        if (result.refusal() != null) {
            return;
        }
        if (shipments.get(request.shipmentId()).recallRequested()) {
            return;
        }
        shipments.returnRequested(request.shipmentId());
    }
}
