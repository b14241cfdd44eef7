package io.o2o.fulfilment.journey.refund;

import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.process.JourneyVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * When ops complete "Resolve rejected refund", records on the order and in the ledger that the
 * refund was paid out another way, by whom and with which reference.
 */
@Component("recordRefundResolution")
class RefundResolvedByHand implements TaskListener {

    private final PaymentService payments;

    RefundResolvedByHand(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public void notify(DelegateTask task) {
        Object reference = task.getVariable(JourneyVariables.RESOLUTION_REFERENCE);
        Object refundId = task.getVariable(JourneyVariables.REFUND_ID);
        if (reference == null || reference.toString().isBlank() || refundId == null) {
            throw new IllegalArgumentException("Say how the customer was refunded (a transfer reference, a voucher)");
        }
        payments.refundResolvedByHand(task.getExecution().getProcessBusinessKey(), refundId.toString(),
                resolver(task), reference.toString().trim());
    }

    private static String resolver(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() == null ? "an unknown user" : task.getAssignee();
    }
}
