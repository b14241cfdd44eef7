package io.o2o.fulfilment.journey.cancellation;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.process.JourneyVariables;
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
    private final PaymentService payments;

    AssessCancellationDelegate(OrderService orders, PaymentService payments) {
        this.orders = orders;
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable(JourneyVariables.CANCEL_REASON);
        Order order = orders.beginCancellation(execution.getProcessBusinessKey(),
                CancelReason.describe(reason == null ? null : reason.toString()));
        execution.setVariable(JourneyVariables.NEEDS_REFUND,
                payments.giveBack(order.orderNumber()) != PaymentService.GiveBack.NONE);
        execution.setVariable(JourneyVariables.REFUND_AMOUNT, order.netPaid());
        // released by the order, not by a reservation id: a reservation in flight is caught too; only a
        // store that refused to reserve holds nothing for certain
        execution.setVariable(JourneyVariables.NEEDS_RELEASE, !"OUT_OF_STOCK".equals(reason));
    }
}
