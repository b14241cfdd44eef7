package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.ParcelEvent;
import io.o2o.fulfilment.port.ParcelTrackRequest;
import io.o2o.fulfilment.port.ParcelTracking;
import io.o2o.fulfilment.port.Port;
import org.springframework.stereotype.Component;

/**
 * {@code carrier.track}: no report came for a while, so the process asks the carrier; its answer is
 * applied like a report would have been (a state the parcel already passed changes nothing).
 */
@Component
class TrackParcelMapping implements PortMapping<ParcelTrackRequest, ParcelTracking> {

    private final ShipmentService shipments;

    TrackParcelMapping(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public Port port() {
        return Port.CARRIER_TRACK;
    }

    @Override
    public ParcelTrackRequest request(PortCall call) {
        Shipment shipment = shipments.get(call.shipmentId());
        return new ParcelTrackRequest(shipment.storeId(), shipment.carrierOrderCode());
    }

    @Override
    public void apply(PortCall call, ParcelTrackRequest request, ParcelTracking result) {
        if (result.state() == null) {
            return;
        }
        shipments.carrierReported(call.shipmentId(), new ParcelEvent(null, result.carrierOrderCode(),
                result.clientOrderCode(), result.carrierStatus(), result.state(), result.updatedAt(), result.codAmount(),
                null, null));
    }
}
