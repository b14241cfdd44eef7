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

    PortCall(DelegateExecution execution, long earlierRuns) {
        this.execution = execution;
        // Stable across retries of the same job, different for a loop or a repeated reminder.
        this.idempotencyKey = orderNumber() + "-" + execution.getCurrentActivityId() + "-" + earlierRuns;
    }

    String orderNumber() {
        return (String) execution.getVariable(JourneyVariables.ORDER_NUMBER);
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
