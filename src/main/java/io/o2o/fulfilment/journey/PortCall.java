package io.o2o.fulfilment.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** One execution of a port task: the order it is for, its idempotency key and its settings. */
final class PortCall {

    private final DelegateExecution execution;
    private final String idempotencyKey;

    /**
     * @param earlierRuns how often this activity completed before in this process instance
     */
    PortCall(DelegateExecution execution, long earlierRuns) {
        this.execution = execution;
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

    /** A {@code camunda:property} of the service task, for example {@code port} or {@code template}. */
    String property(String name) {
        return property(execution, name);
    }

    static String property(DelegateExecution execution, String name) {
        BaseElement element = (BaseElement) execution.getBpmnModelElementInstance();
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> name.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst()
                .orElse(null);
    }
}
