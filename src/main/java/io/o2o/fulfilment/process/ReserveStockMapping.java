package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.port.StockReservationRequest;
import io.o2o.fulfilment.port.StockReservationResult;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code wms.reserve}: hold the ordered quantities in the chosen store. */
@Component
class ReserveStockMapping implements PortMapping<StockReservationRequest, StockReservationResult> {

    private final OrderService orders;

    ReserveStockMapping(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public Port port() {
        return Port.WMS_RESERVE;
    }

    @Override
    public StockReservationRequest request(PortCall call) {
        Order order = call.order();
        List<StockLine> lines = order.lines().stream().map(l -> new StockLine(l.sku(), l.quantity())).toList();
        return new StockReservationRequest(call.idempotencyKey(), order.orderNumber(), order.storeId(), lines);
    }

    @Override
    public void apply(PortCall call, StockReservationRequest request, StockReservationResult result) {
        if (result.refusal() != null) {
            orders.outOfStock(call.orderNumber(), result.refusal().reason());
        } else {
            orders.stockReserved(call.orderNumber(), result.reservationId());
        }
    }
}
