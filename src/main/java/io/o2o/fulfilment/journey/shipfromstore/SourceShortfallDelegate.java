package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.process.JourneyVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A store picked a parcel short: the missing quantities are sourced again from the other stores
 * before anything is refunded ({@code replacementIds}, the new parcels); what nobody has is taken off
 * the order, and refunded when the order settles.
 */
@Component("sourceShortfall")
class SourceShortfallDelegate implements JavaDelegate {

    private final OrderService orders;
    private final ShipmentService shipments;
    private final ParcelSourcing sourcing;

    SourceShortfallDelegate(OrderService orders, ShipmentService shipments, ParcelSourcing sourcing) {
        this.orders = orders;
        this.shipments = shipments;
        this.sourcing = sourcing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Order order = orders.get(execution.getProcessBusinessKey());
        Shipment shipment = shipments.get(execution.getVariable(JourneyVariables.SHIPMENT_ID).toString());
        List<StockLine> missing = shipment.lines().stream().filter(l -> l.shippedQuantity() < l.quantity())
                .map(l -> new StockLine(l.sku(), l.quantity() - l.shippedQuantity())).toList();
        List<String> ids = missing.isEmpty() ? List.of() : sourcing.source(order, missing, Set.of(shipment.storeId()));
        execution.setVariable(JourneyVariables.REPLACEMENT_IDS, new ArrayList<>(ids));
    }
}
