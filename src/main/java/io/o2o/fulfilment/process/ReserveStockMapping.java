package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.port.StockReservationRequest;
import io.o2o.fulfilment.port.StockReservationResult;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code wms.reserve}: hold the ordered quantities in the chosen store, or a parcel's in its store. */
@Component
class ReserveStockMapping implements PortMapping<StockReservationRequest, StockReservationResult> {

    private final OrderService orders;
    private final ShipmentService shipments;

    ReserveStockMapping(OrderService orders, ShipmentService shipments) {
        this.orders = orders;
        this.shipments = shipments;
    }

    @Override
    public Port port() {
        return Port.WMS_RESERVE;
    }

    @Override
    public StockReservationRequest request(PortCall call) {
        Order order = call.order();
        if (call.shipmentId() != null) {
            Shipment shipment = shipments.get(call.shipmentId());
            return new StockReservationRequest(call.idempotencyKey(), order.orderNumber(), shipment.storeId(),
                    shipment.lines().stream().map(l -> new StockLine(l.sku(), l.quantity())).toList());
        }
        List<StockLine> lines = order.lines().stream().map(l -> new StockLine(l.sku(), l.quantity())).toList();
        return new StockReservationRequest(call.idempotencyKey(), order.orderNumber(), order.storeId(), lines);
    }

    @Override
    public void apply(PortCall call, StockReservationRequest request, StockReservationResult result) {
        if (call.shipmentId() != null) {
            if (result.refusal() != null) {
                shipments.outOfStock(call.shipmentId(), result.refusal().reason());
                shipments.notShipped(call.shipmentId(), "store " + request.storeId() + " could not hold the stock");
            } else {
                shipments.reserved(call.shipmentId(), result.reservationId());
            }
        } else if (result.refusal() != null) {
            orders.outOfStock(call.orderNumber(), result.refusal().reason());
        } else {
            orders.stockReserved(call.orderNumber(), result.reservationId());
        }
    }
}
