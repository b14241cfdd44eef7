package io.o2o.fulfilment.journey;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Works out what a cancellation must undo: money taken and stock held. */
@Component("assessCancellation")
class AssessCancellationDelegate implements JavaDelegate {

    private final OrderService orders;

    AssessCancellationDelegate(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Order order = orders.get((String) execution.getVariable(JourneyVariables.ORDER_NUMBER));
        execution.setVariable(JourneyVariables.NEEDS_REFUND, order.netPaid() > 0);
        execution.setVariable(JourneyVariables.REFUND_AMOUNT, order.netPaid());
        execution.setVariable(JourneyVariables.REFUND_REASON, "CANCEL");
        execution.setVariable(JourneyVariables.NEEDS_RELEASE, order.reservationId() != null
                && Boolean.TRUE.equals(execution.getVariable(JourneyVariables.STOCK_RESERVED)));
    }
}
