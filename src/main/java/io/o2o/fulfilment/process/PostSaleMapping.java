package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.port.ErpAcknowledgement;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.SaleRecord;
import org.springframework.stereotype.Component;

/** {@code erp.post-sale}: book what the customer took home and how they paid. */
@Component
class PostSaleMapping implements PortMapping<SaleRecord, ErpAcknowledgement> {

    private final OrderService orders;

    PostSaleMapping(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public Port port() {
        return Port.ERP_POST_SALE;
    }

    @Override
    public SaleRecord request(PortCall call) {
        Order order = call.order();
        return new SaleRecord(call.idempotencyKey(), order.orderNumber(), order.storeId(), order.collectedAt(),
                order.tender(), order.payableAmount(), order.fulfilledLines().stream()
                        .map(l -> new SaleRecord.SaleLine(l.sku(), l.name(), l.fulfilledQuantity(), l.unitPrice(),
                                l.amount()))
                        .toList());
    }

    @Override
    public void apply(PortCall call, SaleRecord request, ErpAcknowledgement result) {
        orders.saleBooked(call.orderNumber(), result.documentNumber());
    }
}
