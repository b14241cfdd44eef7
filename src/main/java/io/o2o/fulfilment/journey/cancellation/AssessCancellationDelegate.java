package io.o2o.fulfilment.journey.cancellation;

import io.o2o.fulfilment.order.FulfilmentType;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.order.ShipmentStatus;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.process.JourneyVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the cancellation on the order and works out what it must undo: money taken and stock
 * held (an authorisation is released rather than refunded). From here on a payment that still
 * arrives is given back by itself.
 */
@Component("assessCancellation")
class AssessCancellationDelegate implements JavaDelegate {

    private final OrderService orders;
    private final ShipmentService shipments;
    private final PaymentService payments;

    AssessCancellationDelegate(OrderService orders, ShipmentService shipments, PaymentService payments) {
        this.orders = orders;
        this.shipments = shipments;
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable(JourneyVariables.CANCEL_REASON);
        Order order = orders.beginCancellation(execution.getProcessBusinessKey(),
                CancelReason.describe(reason == null ? null : reason.toString()));
        // a parcel the carrier delivered before the cancellation could stop it is paid for
        long kept = order.fulfilmentType() == FulfilmentType.SHIP_FROM_STORE ? shipments.of(order.orderNumber()).stream()
                .filter(s -> s.status() == ShipmentStatus.DELIVERED).mapToLong(s -> s.value(order)).sum() : 0;
        long refund = Math.max(0, order.netPaid() - kept);
        PaymentService.GiveBack giveBack = payments.giveBack(order.orderNumber());
        execution.setVariable(JourneyVariables.NEEDS_REFUND, giveBack == PaymentService.GiveBack.VOID
                || giveBack == PaymentService.GiveBack.REFUND && refund > 0);
        execution.setVariable(JourneyVariables.REFUND_AMOUNT, refund);
        // released by the order in each store, not by a reservation id: a reservation in flight is caught
        // too; only a click-and-collect store that refused to reserve holds nothing for certain
        List<String> stores = storesHolding(order, reason);
        execution.setVariable(JourneyVariables.RELEASE_STORES, stores);
        execution.setVariable(JourneyVariables.NEEDS_RELEASE, !stores.isEmpty());
    }

    /** The stores that may hold stock for the order: each parcel's that has not left its store. */
    private List<String> storesHolding(Order order, Object reason) {
        if (order.fulfilmentType() == FulfilmentType.SHIP_FROM_STORE) {
            List<Shipment> parcels = shipments.of(order.orderNumber());
            parcels.stream().filter(s -> !s.status().leftTheStore()).forEach(s -> shipments.cancelled(s.shipmentId()));
            // a parcel not shipped holds nothing: its store refused, or gave back what was not picked
            return new ArrayList<>(parcels.stream().filter(s -> !s.status().leftTheStore()
                    && s.status() != ShipmentStatus.RETURNED && s.status() != ShipmentStatus.NOT_SHIPPED)
                    .map(Shipment::storeId).distinct().toList());
        }
        return "OUT_OF_STOCK".equals(reason) ? new ArrayList<>() : new ArrayList<>(List.of(order.storeId()));
    }
}
