package io.o2o.fulfilment.journey.cancellation;

import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the order cancelled, with the reason the model recorded. */
@Component("markCancelled")
class MarkCancelledDelegate implements JavaDelegate {

    private final OrderService orders;

    MarkCancelledDelegate(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable(JourneyVariables.CANCEL_REASON);
        orders.cancelled(execution.getProcessBusinessKey(),
                CancelReason.describe(reason == null ? null : reason.toString()));
    }
}
