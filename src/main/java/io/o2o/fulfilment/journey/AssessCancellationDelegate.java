package io.o2o.fulfilment.journey;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the cancellation on the order and works out what it must undo: money taken and stock
 * held. From here on a payment that still arrives is refunded by itself.
 */
@Component("assessCancellation")
class AssessCancellationDelegate implements JavaDelegate {

    private final OrderService orders;

    AssessCancellationDelegate(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable(JourneyVariables.CANCEL_REASON);
        Order order = orders.beginCancellation(execution.getProcessBusinessKey(),
                CancelReason.describe(reason == null ? null : reason.toString()));
        execution.setVariable(JourneyVariables.NEEDS_REFUND, order.netPaid() > 0);
        execution.setVariable(JourneyVariables.REFUND_AMOUNT, order.netPaid());
        execution.setVariable(JourneyVariables.REFUND_REASON, "CANCEL");
        execution.setVariable(JourneyVariables.NEEDS_RELEASE, order.reservationId() != null);
    }
}
