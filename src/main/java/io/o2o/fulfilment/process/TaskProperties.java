package io.o2o.fulfilment.process;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The {@code camunda:property} settings of service tasks ({@code port}, {@code template},
 * {@code scope}) and user tasks ({@code title}), read from the model once per deployed activity rather than on every call.
 */
@Component
class TaskProperties {

    private final Map<String, Map<String, String>> byActivity = new ConcurrentHashMap<>();

    Map<String, String> of(DelegateExecution execution) {
        return byActivity.computeIfAbsent(execution.getProcessDefinitionId() + "/" + execution.getCurrentActivityId(),
                key -> read(execution));
    }

    private static Map<String, String> read(DelegateExecution execution) {
        ExtensionElements extensions = ((BaseElement) execution.getBpmnModelElementInstance()).getExtensionElements();
        if (extensions == null) {
            return Map.of();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .collect(Collectors.toUnmodifiableMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue,
                        (first, second) -> first));
    }
}
