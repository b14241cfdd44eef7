package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.StockCommitRequest;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.port.StockMovementResult;
import org.springframework.stereotype.Component;

/** {@code wms.commit}: the picked goods left the store with the customer. */
@Component
class CommitStockMapping implements PortMapping<StockCommitRequest, StockMovementResult> {

    private final OrderService orders;
    private final ShipmentService shipments;

    CommitStockMapping(OrderService orders, ShipmentService shipments) {
        this.orders = orders;
        this.shipments = shipments;
    }

    @Override
    public Port port() {
        return Port.WMS_COMMIT;
    }

    @Override
    public StockCommitRequest request(PortCall call) {
        Order order = call.order();
        if (call.shipmentId() != null) {
            Shipment shipment = shipments.get(call.shipmentId());
            return new StockCommitRequest(call.idempotencyKey(), order.orderNumber(), shipment.storeId(),
                    shipment.reservationId(), shipment.lines().stream().filter(l -> l.shippedQuantity() > 0)
                            .map(l -> new StockLine(l.sku(), l.shippedQuantity())).toList());
        }
        return new StockCommitRequest(call.idempotencyKey(), order.orderNumber(), order.storeId(),
                order.reservationId(), order.fulfilledLines().stream()
                        .map(l -> new StockLine(l.sku(), l.fulfilledQuantity()))
                        .toList());
    }

    @Override
    public void apply(PortCall call, StockCommitRequest request, StockMovementResult result) {
        if (call.shipmentId() != null) {
            shipments.stockIssued(call.shipmentId());
        } else {
            orders.stockIssued(call.orderNumber());
        }
    }
}
