package io.o2o.fulfilment.journey.clickandcollect;

import io.o2o.fulfilment.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Issues a one-time pickup code (a first one, or a new one after too many wrong codes). */
@Component("issuePickupCode")
class IssuePickupCodeDelegate implements JavaDelegate {

    private final OrderService orders;

    IssuePickupCodeDelegate(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        orders.issuePickupCode(execution.getProcessBusinessKey());
    }
}
