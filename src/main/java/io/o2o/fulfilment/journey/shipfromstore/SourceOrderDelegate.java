package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.process.JourneyVariables;
import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Chooses the stores that ship the order ({@code shipmentIds}, empty when no store has anything)
 * and, when lines were taken off, brings the wallet payment still to be made down to what ships.
 */
@Component("sourceOrder")
class SourceOrderDelegate implements JavaDelegate {

    private final OrderService orders;
    private final ParcelSourcing sourcing;
    private final PaymentService payments;

    SourceOrderDelegate(OrderService orders, ParcelSourcing sourcing, PaymentService payments) {
        this.orders = orders;
        this.sourcing = sourcing;
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Order order = orders.get(execution.getProcessBusinessKey());
        var ids = sourcing.source(order, order.lines().stream().map(l -> new StockLine(l.sku(), l.quantity())).toList(),
                Set.of());
        payments.repriced(order.orderNumber());
        execution.setVariable(JourneyVariables.SHIPMENT_IDS, new ArrayList<>(ids));
        execution.setVariable(JourneyVariables.PARCELS_TO_RESERVE, new ArrayList<>(ids));
    }
}
