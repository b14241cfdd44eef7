package io.o2o.fulfilment.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every user task in processes/*.bpmn names a form that exists in processes/, and every Camunda
 * Form there labels and describes its fields and choices in Vietnamese and English ("Vị trí để hàng
 * / Staging place"), also inside lists; it has an id of its own, ids and keys a form editor accepts,
 * and only components that the form-js in Camunda 7.24's Tasklist renders.
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
            for (JsonNode component : components(read(form))) {
                String where = form.getFileName() + " " + component.path("id").asText();
                for (String property : List.of("label", "description")) {
                    if (component.has(property)) {
                        assertThat(component.get(property).asText()).as(where + " " + property).contains(" / ");
                    }
                }
                for (JsonNode value : component.path("values")) {
                    assertThat(value.path("label").asText()).as(where).contains(" / ");
                }
            }
        }
    }

    /**
     * Two forms with one id leave a formRef to whichever deploys last; a form with two components of
     * one id or one key is refused by form-js, in Modeler and in Tasklist alike.
     */
    @Test
    void everyCamundaFormHasItsOwnIdAndUniqueIdsAndKeys() throws IOException {
        Map<String, Path> byId = new HashMap<>();
        for (Path form : files(".form")) {
            JsonNode schema = read(form);
            String id = schema.path("id").asText();
            assertThat(id).as(form.getFileName() + " id").startsWith("Form_");
            assertThat(byId.put(id, form)).as(form.getFileName() + " has the id of another form").isNull();
            Set<String> ids = new HashSet<>();
            for (JsonNode component : components(schema)) {
                String where = form.getFileName() + " " + component.path("id").asText();
                assertThat(ids.add(component.path("id").asText())).as(where + ": id given twice").isTrue();
            }
            assertKeysUnique(form.getFileName().toString(), schema, "", new HashSet<>());
        }
    }

    /** A key is unique within its list or group with a path, the form's data being nested the same way. */
    private static void assertKeysUnique(String form, JsonNode container, String prefix, Set<String> keys) {
        for (JsonNode component : container.path("components")) {
            if (component.has("key")) {
                assertThat(keys.add(prefix + component.get("key").asText()))
                        .as(form + " " + component.path("id").asText() + ": key given twice").isTrue();
            }
            if (component.hasNonNull("path") && !component.get("path").asText().isEmpty()) {
                assertKeysUnique(form, component, prefix + component.get("path").asText() + ".", new HashSet<>());
            }
            else {
                assertKeysUnique(form, component, prefix, keys);
            }
        }
    }

    /**
     * Camunda 7.24's Tasklist renders Camunda Forms with form-js 1.8.7; a newer Modeler offers
     * components, such as a file picker, that it cannot show.
     */
    @Test
    void everyCamundaFormUsesOnlyWhatTasklistRenders() throws IOException {
        Set<String> formJs187 = Set.of("text", "html", "image", "table", "iframe", "separator", "spacer", "textfield",
                "textarea", "number", "datetime", "checkbox", "checklist", "radio", "select", "taglist", "expression",
                "button", "group", "dynamiclist");
        for (Path form : files(".form")) {
            JsonNode schema = read(form);
            assertThat(schema.path("executionPlatform").asText()).as(form.getFileName().toString())
                    .isEqualTo("Camunda Platform");
            for (JsonNode component : components(schema)) {
                assertThat(component.path("type").asText()).as(form.getFileName() + " " + component.path("id").asText())
                        .isIn(formJs187);
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

    /** The form's components, those inside groups and lists included. */
    static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode component : container.path("components")) {
            all.add(component);
            all.addAll(components(component));
        }
        return all;
    }

    static JsonNode read(Path form) throws IOException {
        return new ObjectMapper().readTree(form.toFile());
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
