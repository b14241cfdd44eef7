package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.order.ShipmentStatus;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.process.JourneyVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A store could not hold the stock sourcing counted on (it sold it meanwhile): the parcel's lines are
 * sourced again from the stores that did not refuse, and the new parcels are reserved in turn
 * ({@code parcelsToReserve}). The order ships the parcels whose stock is held ({@code shipmentIds}).
 */
@Component("sourceRefusedParcels")
class SourceRefusedParcelsDelegate implements JavaDelegate {

    private final OrderService orders;
    private final ShipmentService shipments;
    private final ParcelSourcing sourcing;
    private final PaymentService payments;

    SourceRefusedParcelsDelegate(OrderService orders, ShipmentService shipments, ParcelSourcing sourcing,
            PaymentService payments) {
        this.orders = orders;
        this.shipments = shipments;
        this.sourcing = sourcing;
        this.payments = payments;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Order order = orders.get(execution.getProcessBusinessKey());
        List<String> tried = (List<String>) execution.getVariable(JourneyVariables.PARCELS_TO_RESERVE);
        List<StockLine> refused = tried.stream().map(shipments::get)
                .filter(s -> s.status() == ShipmentStatus.NOT_SHIPPED)
                .flatMap(s -> s.lines().stream().map(l -> new StockLine(l.sku(), l.quantity())))
                .toList();
        List<String> replacements = refused.isEmpty() ? List.of()
                : sourcing.source(order, refused, shipments.storesThatRefused(order.orderNumber()));
        // what nobody has now comes off the order before the customer is asked to pay
        payments.repriced(order.orderNumber());
        execution.setVariable(JourneyVariables.PARCELS_TO_RESERVE, new ArrayList<>(replacements));
        execution.setVariable(JourneyVariables.SHIPMENT_IDS, new ArrayList<>(shipments.of(order.orderNumber()).stream()
                .filter(s -> s.status() == ShipmentStatus.RESERVED).map(Shipment::shipmentId).toList()));
    }
}
