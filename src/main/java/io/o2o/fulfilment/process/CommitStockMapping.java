package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.StockCommitRequest;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.port.StockMovementResult;
import org.springframework.stereotype.Component;

/** {@code wms.commit}: the picked goods left the store with the customer. */
@Component
class CommitStockMapping implements PortMapping<StockCommitRequest, StockMovementResult> {

    private final OrderService orders;

    CommitStockMapping(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public Port port() {
        return Port.WMS_COMMIT;
    }

    @Override
    public StockCommitRequest request(PortCall call) {
        Order order = call.order();
        return new StockCommitRequest(call.idempotencyKey(), order.orderNumber(), order.storeId(),
                order.reservationId(), order.fulfilledLines().stream()
                        .map(l -> new StockLine(l.sku(), l.fulfilledQuantity()))
                        .toList());
    }

    @Override
    public void apply(PortCall call, StockCommitRequest request, StockMovementResult result) {
        orders.stockIssued(call.orderNumber());
    }
}
