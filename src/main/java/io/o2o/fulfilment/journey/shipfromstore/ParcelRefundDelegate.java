package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A parcel came back or was lost: money the customer paid for it is refunded now, not when the
 * order's other parcels arrive. Money the wallet only holds is settled with the order (captured
 * for what arrived, released when nothing did), and cash on delivery was never taken.
 */
@Component("parcelRefund")
class ParcelRefundDelegate implements JavaDelegate {

    private final OrderService orders;
    private final ShipmentService shipments;
    private final PaymentService payments;

    ParcelRefundDelegate(OrderService orders, ShipmentService shipments, PaymentService payments) {
        this.orders = orders;
        this.shipments = shipments;
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Order order = orders.get(execution.getProcessBusinessKey());
        Shipment shipment = shipments.get(execution.getVariable(JourneyVariables.SHIPMENT_ID).toString());
        long refund = order.paymentMethod().online() && !payments.captureDue(order.orderNumber())
                ? Math.min(shipment.value(order), order.netPaid())
                : 0;
        execution.setVariable(JourneyVariables.REFUND_AMOUNT, refund);
    }
}
