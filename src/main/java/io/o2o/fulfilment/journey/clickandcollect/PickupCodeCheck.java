package io.o2o.fulfilment.journey.clickandcollect;

import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.process.JourneyVariables;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pickup code check at the counter, on the handover task.
 * <p>
 * On completion it verifies the code the customer showed. A wrong code while attempts are left
 * refuses the completion with a message the form shows ("wrong code, 2 attempts left"): the task
 * stays open with the same person, and the wrong attempt is counted in a transaction of its own so
 * the refusal does not undo it. The last wrong code lets the task complete towards a new code
 * ({@code codeOutcome} {@code NEW_CODE}). The presented code never stays in the process.
 * <p>
 * On creation of the handover task that follows a new code, the task goes straight back to whoever
 * was serving the customer, with a note that a new code was sent.
 */
@Component("pickupCodeCheck")
class PickupCodeCheck implements TaskListener {

    static final String NEW_CODE_SENT_NOTE = "Đã gửi mã nhận hàng mới cho khách. Hỏi khách mã mới."
            + " / A new pickup code was sent to the customer. Ask them for it.";
    private static final String SERVED_BY = "pickupServedBy";
    private static final Pattern CODE_FORMAT = Pattern.compile("[0-9]{6}");

    private final OrderService orders;
    private final ClickAndCollectSettings settings;
    private final TransactionTemplate ownTransaction;

    PickupCodeCheck(OrderService orders, ClickAndCollectSettings settings, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> resumeAfterNewCode(task);
            case EVENTNAME_COMPLETE -> verify(task);
            default -> {
            }
        }
    }

    private void verify(DelegateTask task) {
        Object value = task.getVariable(JourneyVariables.PICKUP_CODE);
        task.removeVariable(JourneyVariables.PICKUP_CODE);
        String presented = value == null ? "" : value.toString().strip();
        if (!CODE_FORMAT.matcher(presented).matches()) {
            throw new FormFieldValidationException(JourneyVariables.PICKUP_CODE,
                    "Mã nhận hàng gồm 6 chữ số. / The pickup code has 6 digits.");
        }
        String orderNumber = task.getExecution().getProcessBusinessKey();
        Integer wrongCodes = ownTransaction.execute(status -> orders.verifyPickupCode(orderNumber, presented));
        if (wrongCodes == null || wrongCodes == 0) {
            task.getExecution().setVariable(JourneyVariables.CODE_OUTCOME, "ACCEPTED");
            return;
        }
        int attemptsLeft = settings.pickupCodeAttempts() - wrongCodes;
        if (attemptsLeft > 0) {
            throw new FormFieldValidationException(JourneyVariables.PICKUP_CODE, String.format(
                    "Mã nhận hàng không đúng, còn %d lần thử. / Wrong pickup code, %d %s left.",
                    attemptsLeft, attemptsLeft, attemptsLeft == 1 ? "attempt" : "attempts"));
        }
        task.getExecution().setVariable(JourneyVariables.CODE_OUTCOME, "NEW_CODE");
        if (task.getAssignee() != null) {
            task.getExecution().setVariable(SERVED_BY, task.getAssignee());
        }
    }

    private void resumeAfterNewCode(DelegateTask task) {
        if (task.getExecution().getVariable(JourneyVariables.CODE_OUTCOME) == null) {
            return; // the first handover task: no code was refused yet
        }
        task.setVariableLocal(JourneyVariables.TASK_NOTE, NEW_CODE_SENT_NOTE);
        Object servedBy = task.getExecution().getVariable(SERVED_BY);
        if (servedBy != null) {
            task.setAssignee(servedBy.toString());
            task.getExecution().removeVariable(SERVED_BY);
        }
    }
}
