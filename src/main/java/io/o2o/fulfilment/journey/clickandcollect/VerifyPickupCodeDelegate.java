package io.o2o.fulfilment.journey.clickandcollect;

import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the code the customer showed at the counter and tells the model what follows:
 * {@code ACCEPTED}, {@code RETRY}, or {@code NEW_CODE} once the wrong codes reach the limit. The
 * presented code is removed from the process at once so that it is not kept as a variable.
 */
@Component("verifyPickupCode")
class VerifyPickupCodeDelegate implements JavaDelegate {

    private final OrderService orders;
    private final ClickAndCollectSettings settings;

    VerifyPickupCodeDelegate(OrderService orders, ClickAndCollectSettings settings) {
        this.orders = orders;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object presented = execution.getVariable(JourneyVariables.PICKUP_CODE);
        execution.removeVariable(JourneyVariables.PICKUP_CODE);
        int wrongCodes = orders.verifyPickupCode(execution.getProcessBusinessKey(),
                presented == null ? null : presented.toString());
        execution.setVariable(JourneyVariables.CODE_OUTCOME, wrongCodes == 0 ? "ACCEPTED"
                : wrongCodes < settings.pickupCodeAttempts() ? "RETRY" : "NEW_CODE");
    }
}
