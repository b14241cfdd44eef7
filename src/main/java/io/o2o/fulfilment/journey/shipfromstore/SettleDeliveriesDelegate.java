package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.ops.OrderMetrics;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderStatus;
import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every parcel is at its end: the order costs what was delivered, and its money follows. Money the
 * wallet holds is captured when anything was delivered (the rest refunded after) and released when
 * nothing was; money paid is refunded for what was not delivered, unless refunded per parcel
 * already; cash on delivery was collected by the couriers for what they delivered.
 */
@Component("settleDeliveries")
class SettleDeliveriesDelegate implements JavaDelegate {

    private final ShipmentService shipments;
    private final PaymentService payments;
    private final OrderMetrics metrics;

    SettleDeliveriesDelegate(ShipmentService shipments, PaymentService payments, OrderMetrics metrics) {
        this.shipments = shipments;
        this.payments = payments;
        this.metrics = metrics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Order order = shipments.settleDeliveries(execution.getProcessBusinessKey());
        String action;
        long refund = 0;
        if (order.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY) {
            action = "NONE";
        } else if (payments.captureDue(order.orderNumber())) {
            action = order.payableAmount() > 0 ? "CAPTURE" : "VOID";
        } else {
            refund = Math.max(0, order.netPaid() - order.payableAmount());
            action = refund > 0 ? "REFUND" : "NONE";
        }
        execution.setVariable(JourneyVariables.MONEY_ACTION, action);
        execution.setVariable(JourneyVariables.REFUND_AMOUNT, refund);
        if (order.status() == OrderStatus.DELIVERED) {
            metrics.completed(order.fulfilmentType().name(), order.storeId());
        }
    }
}
