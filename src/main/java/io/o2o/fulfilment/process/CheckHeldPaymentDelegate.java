package io.o2o.fulfilment.process;

import io.o2o.fulfilment.payment.PaymentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The wallet's hold on the order's money is about to lapse: tells the model whether to capture it now
 * ({@code captureDue}). Shared by the journeys that hold money (click-and-collect, ship-from-store).
 * Its variables stay in the event subprocess, so the capture it leads to never touches the
 * journey's own settlement.
 */
@Component("checkHeldPayment")
class CheckHeldPaymentDelegate implements JavaDelegate {

    private final PaymentService payments;

    CheckHeldPaymentDelegate(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariableLocal(JourneyVariables.CAPTURE_DUE,
                payments.captureBeforeHoldLapses(execution.getProcessBusinessKey()));
        execution.setVariableLocal(JourneyVariables.REFUND_AMOUNT, 0L);
    }
}
