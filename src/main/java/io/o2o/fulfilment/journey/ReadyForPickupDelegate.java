package io.o2o.fulfilment.journey;

import io.o2o.fulfilment.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records where the staged order waits at the counter, and issues its one-time pickup code. */
@Component("readyForPickup")
class ReadyForPickupDelegate implements JavaDelegate {

    private final OrderService orders;

    ReadyForPickupDelegate(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderNumber = (String) execution.getVariable(JourneyVariables.ORDER_NUMBER);
        Object location = execution.getVariable(JourneyVariables.STAGING_LOCATION);
        if (location != null) {
            orders.staged(orderNumber, location.toString());
        }
        orders.issuePickupCode(orderNumber);
        execution.setVariable(JourneyVariables.WRONG_CODES, 0);
    }
}
