package io.o2o.fulfilment.journey;

import io.o2o.fulfilment.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the code the customer showed at the counter. The presented code is removed from the
 * process at once so that it is not kept as a variable.
 */
@Component("verifyPickupCode")
class VerifyPickupCodeDelegate implements JavaDelegate {

    private final OrderService orders;

    VerifyPickupCodeDelegate(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object presented = execution.getVariable(JourneyVariables.PICKUP_CODE);
        execution.removeVariable(JourneyVariables.PICKUP_CODE);
        boolean accepted = orders.verifyPickupCode((String) execution.getVariable(JourneyVariables.ORDER_NUMBER),
                presented == null ? null : presented.toString());
        execution.setVariable(JourneyVariables.CODE_ACCEPTED, accepted);
        if (!accepted) {
            Number wrong = (Number) execution.getVariable(JourneyVariables.WRONG_CODES);
            execution.setVariable(JourneyVariables.WRONG_CODES, (wrong == null ? 0 : wrong.intValue()) + 1);
        }
    }
}
