package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.port.StockMovementResult;
import io.o2o.fulfilment.port.StockRestockRequest;
import org.springframework.stereotype.Component;

/** {@code wms.restock}: a returned parcel's goods go back on its store's shelves. */
@Component
class RestockMapping implements PortMapping<StockRestockRequest, StockMovementResult> {

    private final ShipmentService shipments;

    RestockMapping(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public Port port() {
        return Port.WMS_RESTOCK;
    }

    @Override
    public StockRestockRequest request(PortCall call) {
        Shipment shipment = shipments.get(call.shipmentId());
        return new StockRestockRequest(call.idempotencyKey(), call.orderNumber(), shipment.storeId(),
                shipment.lines().stream().filter(l -> l.shippedQuantity() > 0)
                        .map(l -> new StockLine(l.sku(), l.shippedQuantity())).toList());
    }

    @Override
    public void apply(PortCall call, StockRestockRequest request, StockMovementResult result) {
        shipments.restocked(call.shipmentId());
    }
}
