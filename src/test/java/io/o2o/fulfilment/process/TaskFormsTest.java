package io.o2o.fulfilment.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every user task in processes/*.bpmn names a form that exists in processes/, and every Camunda
 * Form there labels its fields and choices in Vietnamese and English ("Vị trí để hàng / Staging
 * place").
 */
class TaskFormsTest {

    private static final Path PROCESSES = Path.of("processes");

    private static final String EMBEDDED_APP = "embedded:app:";

    @Test
    void everyUserTaskNamesAFormThatExists() throws IOException {
        Map<String, Path> camundaForms = camundaFormsById();
        for (Path bpmn : files(".bpmn")) {
            for (UserTask task : Bpmn.readModelFromFile(bpmn.toFile()).getModelElementsByType(UserTask.class)) {
                String where = bpmn.getFileName() + " " + task.getId();
                if (task.getCamundaFormRef() != null) {
                    assertThat(camundaForms).as(where).containsKey(task.getCamundaFormRef());
                    assertThat(task.getCamundaFormRefBinding()).as(where).isIn("latest", "deployment");
                }
                else {
                    String formKey = task.getCamundaFormKey();
                    assertThat(formKey).as(where + " has a formRef or an embedded app form").startsWith(EMBEDDED_APP);
                    assertThat(PROCESSES.resolve(formKey.substring(EMBEDDED_APP.length()))).as(where).isRegularFile();
                }
            }
        }
    }

    @Test
    void everyCamundaFormIsBilingual() throws IOException {
        for (Path form : files(".form")) {
            for (JsonNode component : read(form).path("components")) {
                String where = form.getFileName() + " " + component.path("id").asText();
                if (component.has("label")) {
                    assertThat(component.get("label").asText()).as(where).contains(" / ");
                }
                for (JsonNode value : component.path("values")) {
                    assertThat(value.path("label").asText()).as(where).contains(" / ");
                }
            }
        }
    }

    private Map<String, Path> camundaFormsById() throws IOException {
        Map<String, Path> byId = new HashMap<>();
        for (Path form : files(".form")) {
            byId.put(read(form).path("id").asText(), form);
        }
        return byId;
    }

    private static JsonNode read(Path form) throws IOException {
        return new ObjectMapper().readTree(form.toFile());
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
