package io.o2o.fulfilment.journey.refund;

import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Decides from the payment ledger, not from the caller, how the money goes back: money only held
 * by the wallet is released (nothing was charged), money taken is refunded, nothing left means
 * nothing to do.
 */
@Component("assessGiveBack")
class AssessGiveBackDelegate implements JavaDelegate {

    private final PaymentService payments;

    AssessGiveBackDelegate(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(JourneyVariables.GIVE_BACK, payments.giveBack(execution.getProcessBusinessKey()).name());
    }
}
