package io.o2o.fulfilment.journey.cancellation;

import io.o2o.fulfilment.ops.OrderMetrics;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the order cancelled, with the reason the model recorded. */
@Component("markCancelled")
class MarkCancelledDelegate implements JavaDelegate {

    private final OrderService orders;
    private final OrderMetrics metrics;

    MarkCancelledDelegate(OrderService orders, OrderMetrics metrics) {
        this.orders = orders;
        this.metrics = metrics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable(JourneyVariables.CANCEL_REASON);
        String code = reason == null ? null : reason.toString();
        orders.cancelled(execution.getProcessBusinessKey(), CancelReason.describe(code));
        Order order = orders.get(execution.getProcessBusinessKey());
        metrics.cancelled(order.fulfilmentType().name(), order.storeId(), CancelReason.tag(code));
    }
}
