package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderLine;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.ErpAcknowledgement;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.SaleRecord;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code erp.post-sale}: book what the customer took home and how they paid. */
@Component
class PostSaleMapping implements PortMapping<SaleRecord, ErpAcknowledgement> {

    private final OrderService orders;
    private final ShipmentService shipments;

    PostSaleMapping(OrderService orders, ShipmentService shipments) {
        this.orders = orders;
        this.shipments = shipments;
    }

    @Override
    public Port port() {
        return Port.ERP_POST_SALE;
    }

    @Override
    public SaleRecord request(PortCall call) {
        Order order = call.order();
        if (call.shipmentId() != null) {
            return parcelSale(call, order, shipments.get(call.shipmentId()));
        }
        return new SaleRecord(call.idempotencyKey(), order.orderNumber(), order.storeId(), order.collectedAt(),
                order.tender(), order.payableAmount(), order.fulfilledLines().stream()
                        .map(l -> new SaleRecord.SaleLine(l.sku(), l.name(), l.fulfilledQuantity(), l.unitPrice(),
                                l.amount()))
                        .toList());
    }

    /** A delivered parcel is a sale of its store, tendered as the order was paid. */
    private static SaleRecord parcelSale(PortCall call, Order order, Shipment shipment) {
        List<SaleRecord.SaleLine> lines = shipment.lines().stream().filter(l -> l.shippedQuantity() > 0).map(l -> {
            OrderLine line = order.line(l.sku());
            return new SaleRecord.SaleLine(l.sku(), line.name(), l.shippedQuantity(), line.unitPrice(),
                    l.shippedQuantity() * line.unitPrice());
        }).toList();
        return new SaleRecord(call.idempotencyKey(), order.orderNumber(), shipment.storeId(),
                shipment.carrierStatusAt(), order.paymentMethod().name(), shipment.value(order), lines);
    }

    @Override
    public void apply(PortCall call, SaleRecord request, ErpAcknowledgement result) {
        orders.saleBooked(call.orderNumber(), result.documentNumber());
    }
}
