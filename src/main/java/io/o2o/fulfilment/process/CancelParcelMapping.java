package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.ParcelChange;
import io.o2o.fulfilment.port.ParcelChangeRequest;
import io.o2o.fulfilment.port.Port;
import org.springframework.stereotype.Component;

/** {@code carrier.cancel}: the courier should not come for a booked parcel; it stays in the store. */
@Component
class CancelParcelMapping extends ParcelChangeMapping {

    CancelParcelMapping(ShipmentService shipments) {
        super(shipments);
    }

    @Override
    public Port port() {
        return Port.CARRIER_CANCEL;
    }

    @Override
    public void apply(PortCall call, ParcelChangeRequest request, ParcelChange result) {
        if (result.refusal() == null) {
            shipments.cancelled(request.shipmentId());
        }
    }
}
