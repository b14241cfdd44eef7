package io.o2o.fulfilment.journey;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** One execution of a port task: the order it is for, its idempotency key and its settings. */
final class PortCall {

    private final DelegateExecution execution;
    private final Map<String, String> properties;
    private final String idempotencyKey;

    /**
     * @param earlierRuns how often this activity completed before in this process instance
     */
    PortCall(DelegateExecution execution, Map<String, String> properties, long earlierRuns) {
        this.execution = execution;
        this.properties = properties;
        // The same on every retry of the job; different for another process instance of the order
        // (two refunds) and for a repeated activity (loops, reminders). At most 50 characters, as
        // MoMo's requestId.
        this.idempotencyKey = orderNumber() + "-" + Integer.toHexString(execution.getProcessInstanceId().hashCode())
                + "-" + execution.getCurrentActivityId().replace("ServiceTask_", "") + "-" + earlierRuns;
    }

    String orderNumber() {
        return execution.getProcessBusinessKey();
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    Object variable(String name) {
        return execution.getVariable(name);
    }

    void setVariable(String name, Object value) {
        execution.setVariable(name, value);
    }

    /** A {@code camunda:property} of the service task, for example {@code template}. */
    String property(String name) {
        return properties.get(name);
    }
}
