package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.port.StockMovementResult;
import io.o2o.fulfilment.port.StockReleaseRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code wms.release}: give held stock back. With the task property {@code scope=unpicked} only
 * what the store could not pick from the reservation; otherwise everything the order holds in the
 * store, named by the order and not by a reservation id, so that a reservation still on its way
 * when the order is cancelled is released too.
 */
@Component
class ReleaseStockMapping implements PortMapping<StockReleaseRequest, StockMovementResult> {

    private final OrderService orders;
    private final ShipmentService shipments;

    ReleaseStockMapping(OrderService orders, ShipmentService shipments) {
        this.orders = orders;
        this.shipments = shipments;
    }

    @Override
    public Port port() {
        return Port.WMS_RELEASE;
    }

    @Override
    public StockReleaseRequest request(PortCall call) {
        Order order = call.order();
        if (call.shipmentId() != null) {
            return parcel(call, shipments.get(call.shipmentId()));
        }
        if (!"unpicked".equals(call.property("scope"))) {
            Object store = call.variable(JourneyVariables.RELEASE_STORE_ID);
            return new StockReleaseRequest(call.idempotencyKey(), order.orderNumber(),
                    store == null ? order.storeId() : store.toString(), null, List.of());
        }
        List<StockLine> unpicked = order.lines().stream()
                .filter(l -> l.fulfilledQuantity() < l.quantity())
                .map(l -> new StockLine(l.sku(), l.quantity() - l.fulfilledQuantity()))
                .toList();
        return new StockReleaseRequest(call.idempotencyKey(), order.orderNumber(), order.storeId(),
                order.reservationId(), unpicked);
    }

    /** A parcel's unpicked lines, or all it holds when it will not ship. */
    private StockReleaseRequest parcel(PortCall call, Shipment shipment) {
        if (!"unpicked".equals(call.property("scope"))) {
            // what is still held: a short pick gave the rest back already
            return new StockReleaseRequest(call.idempotencyKey(), call.orderNumber(), shipment.storeId(),
                    shipment.reservationId(), shipment.lines().stream().filter(l -> l.shippedQuantity() > 0)
                            .map(l -> new StockLine(l.sku(), l.shippedQuantity())).toList());
        }
        return new StockReleaseRequest(call.idempotencyKey(), call.orderNumber(), shipment.storeId(),
                shipment.reservationId(), shipment.lines().stream()
                        .filter(l -> l.shippedQuantity() < l.quantity())
                        .map(l -> new StockLine(l.sku(), l.quantity() - l.shippedQuantity()))
                        .toList());
    }

    @Override
    public void apply(PortCall call, StockReleaseRequest request, StockMovementResult result) {
        if (request.lines().isEmpty()) {
            orders.reservationReleased(call.orderNumber());
        } else {
            orders.stockReleased(call.orderNumber(), String.join(", ",
                    request.lines().stream().map(l -> l.quantity() + " × " + l.sku()).toList()));
        }
    }
}
