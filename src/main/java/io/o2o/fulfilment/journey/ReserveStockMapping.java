package io.o2o.fulfilment.journey;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.port.StockReservationRequest;
import io.o2o.fulfilment.port.StockReservationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.BpmnError;
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
        Order order = orders.get(call.orderNumber());
        List<StockLine> lines = order.lines().stream().map(l -> new StockLine(l.sku(), l.quantity())).toList();
        return new StockReservationRequest(call.idempotencyKey(), order.orderNumber(), order.storeId(), lines);
    }

    @Override
    public void apply(PortCall call, StockReservationRequest request, StockReservationResult result) {
        if (result.outcome() == StockReservationResult.Outcome.OUT_OF_STOCK) {
            String shortages = result.shortages() == null ? "not specified" : result.shortages().stream()
                    .map(s -> s.sku() + " short by " + s.quantity())
                    .collect(Collectors.joining(", "));
            orders.outOfStock(call.orderNumber(), shortages);
            throw new BpmnError(JourneyVariables.ERROR_OUT_OF_STOCK, "Out of stock: " + shortages);
        }
        orders.stockReserved(call.orderNumber(), result.reservationId());
    }
}
