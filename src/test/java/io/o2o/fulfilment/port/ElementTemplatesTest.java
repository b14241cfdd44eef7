package io.o2o.fulfilment.port;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/** The Modeler's element templates (processes/element-templates) and the port tasks in processes/ agree. */
class ElementTemplatesTest {

    private static final Path PROCESSES = Path.of("processes");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyTemplateNamesAPortAndRunsItAsAnAsynchronousPortTask() throws IOException {
        Set<String> known = Stream.of(Port.values()).map(Port::portName).collect(Collectors.toSet());

        assertThat(templates()).isNotEmpty().allSatisfy((port, template) -> {
            assertThat(port).as("port of template %s", template.path("id").asText()).isIn(known);
            assertThat(template.path("appliesTo")).extracting(JsonNode::asText).containsExactly("bpmn:ServiceTask");
            assertThat(binding(template, "camunda:delegateExpression").path("value").asText())
                    .isEqualTo("${portTask}");
            assertThat(binding(template, "camunda:asyncBefore").path("value").asBoolean()).isTrue();
        });
    }

    @Test
    void everyPortTaskInTheProcessesHasATemplate() throws IOException {
        List<String> used = portsOfPortTasks();

        assertThat(used).isNotEmpty();
        assertThat(templates().keySet()).containsAll(used);
    }

    /** The templates by the port they fix. */
    private Map<String, JsonNode> templates() throws IOException {
        List<JsonNode> templates = new ArrayList<>();
        try (Stream<Path> files = Files.list(PROCESSES.resolve("element-templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                json.readTree(file.toFile()).forEach(templates::add);
            }
        }
        return templates.stream().collect(Collectors.toMap(t -> binding(t, "port").path("value").asText(), t -> t));
    }

    private static JsonNode binding(JsonNode template, String name) {
        for (JsonNode property : template.path("properties")) {
            if (name.equals(property.path("binding").path("name").asText())) {
                return property;
            }
        }
        throw new AssertionError(template.path("id").asText() + " binds no " + name);
    }

    /** The {@code port} property of every {@code ${portTask}} service task in processes/*.bpmn. */
    private static List<String> portsOfPortTasks() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(f -> f.toString().endsWith(".bpmn"))
                    .flatMap(f -> Bpmn.readModelFromFile(f.toFile()).getModelElementsByType(ServiceTask.class).stream())
                    .filter(task -> "${portTask}".equals(task.getCamundaDelegateExpression()))
                    .flatMap(task -> task.getExtensionElements().getElementsQuery()
                            .filterByType(CamundaProperties.class).singleResult().getCamundaProperties().stream())
                    .filter(property -> "port".equals(property.getCamundaName()))
                    .map(CamundaProperty::getCamundaValue)
                    .toList();
        }
    }
}
