package io.o2o.fulfilment.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ship-from-store task forms against what their tasks are given and hand back: each form's id
 * (the task's {@code camunda:formRef}), the fields it submits with whether they are required and the
 * values a choice may take, and the variables it shows, which must be exactly those the task is
 * given (a misspelt one shows as an empty space).
 * <p>
 * No BPMN names these forms yet, so {@link TaskFormsTest#everyUserTaskNamesAFormThatExists()} does
 * not reach them; its other checks (bilingual labels, ids and keys, components Tasklist renders) do,
 * as they read every form in processes/. Once the ship-from-store process names them, these cases can
 * join TaskFormsTest.
 */
class TaskFormsShipFromStoreTest {

    private static final Path PROCESSES = Path.of("processes");

    /** What a list item of {@code packLines} holds. */
    private static final Set<String> PACK_LINE = Set.of("name", "sku", "quantity");

    /** Names in a FEEL expression that are not variables: keywords and the functions the forms call. */
    private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "null", "true", "false", "if", "then",
            "else", "string", "length", "this");

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    private static final Pattern LIST_ITEM = Pattern.compile("\\bthis\\.(\\w+)");

    private static final Pattern NAME = Pattern.compile("\\b[A-Za-z_]\\w*\\b");

    /**
     * @param shown the variables the task is given and the form shows
     * @param lists the lists the form shows, by variable, with what their items hold
     * @param fields the fields the form submits, each with whether it is required
     * @param choices the values each choice field may take
     * @param guards read-only required fields that show only while the form must not be submitted
     */
    record ExpectedForm(String file, String id, Set<String> shown, Map<String, Set<String>> lists,
            Map<String, Boolean> fields, Map<String, Set<String>> choices, Set<String> guards) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<ExpectedForm> forms() {
        return Stream.of(
                new ExpectedForm("pack-parcel.form", "Form_PackParcel",
                        Set.of("orderNumber", "estimatedWeightGrams", "deliveryTo", "codToCollect"),
                        Map.of("packLines", PACK_LINE),
                        Map.of("weightGrams", true, "lengthCm", true, "widthCm", true, "heightCm", true), Map.of(),
                        Set.of()),
                new ExpectedForm("hand-to-carrier.form", "Form_HandToCarrier",
                        Set.of("orderNumber", "carrierOrderCode", "sortCode", "labelUrl", "codToCollect", "deliveryTo",
                                "expectedDelivery"),
                        Map.of(), Map.of("labelAttached", true, "handedToCourier", true), Map.of(), Set.of()),
                new ExpectedForm("receive-returned-parcel.form", "Form_ReceiveReturnedParcel",
                        Set.of("orderNumber", "carrierOrderCode", "returnReason"), Map.of("packLines", PACK_LINE),
                        Map.of("parcelCondition", true, "returnNote", false),
                        Map.of("parcelCondition", Set.of("INTACT", "DAMAGED")), Set.of("returnNoteMissing")),
                new ExpectedForm("handle-lost-parcel.form", "Form_HandleLostParcel",
                        Set.of("orderNumber", "carrierOrderCode", "parcelState", "parcelValue", "storeName"), Map.of(),
                        Map.of("claimReference", true, "claimNote", false), Map.of(), Set.of()),
                new ExpectedForm("check-cod-amount.form", "Form_CheckCodAmount",
                        Set.of("orderNumber", "carrierOrderCode", "codExpected", "codReported"), Map.of(),
                        Map.of("codResolution", true, "codNote", true),
                        Map.of("codResolution", Set.of("CARRIER_CORRECTED", "CARRIER_OWES", "WRITTEN_OFF")),
                        Set.of()));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void hasTheIdTheTaskNames(ExpectedForm expected) throws IOException {
        assertThat(TaskFormsTest.read(PROCESSES.resolve(expected.file())).path("id").asText())
                .isEqualTo(expected.id());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void submitsItsFieldsRequiredAsAgreed(ExpectedForm expected) throws IOException {
        Map<String, Boolean> fields = new TreeMap<>();
        Set<String> guards = new TreeSet<>();
        Map<String, Set<String>> choices = new TreeMap<>();
        for (JsonNode component : TaskFormsTest.components(TaskFormsTest.read(PROCESSES.resolve(expected.file())))) {
            if (!component.has("key")) {
                continue;
            }
            String key = component.get("key").asText();
            boolean required = component.path("validate").path("required").asBoolean(false);
            if (component.path("readonly").asBoolean(false)) {
                // a guard blocks the form while it shows: required, and shown on a condition only
                assertThat(required).as(key + " is required").isTrue();
                assertThat(component.path("conditional").path("hide").asText()).as(key + " hides").startsWith("=");
                guards.add(key);
            }
            else {
                fields.put(key, required);
            }
            if (component.has("values")) {
                Set<String> values = new TreeSet<>();
                component.get("values").forEach(value -> values.add(value.path("value").asText()));
                choices.put(key, values);
            }
        }
        assertThat(fields).isEqualTo(new TreeMap<>(expected.fields()));
        assertThat(guards).isEqualTo(expected.guards()).doesNotContainAnyElementsOf(expected.shown());
        assertThat(choices).isEqualTo(new TreeMap<>(expected.choices()));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void showsExactlyTheVariablesItsTaskIsGiven(ExpectedForm expected) throws IOException {
        Set<String> shown = new TreeSet<>();
        Map<String, Set<String>> lists = new TreeMap<>();
        collect(TaskFormsTest.read(PROCESSES.resolve(expected.file())), null, shown, lists);
        shown.removeAll(expected.fields().keySet());
        assertThat(shown).isEqualTo(new TreeSet<>(expected.shown()));
        assertThat(lists).isEqualTo(new TreeMap<>(expected.lists()));
    }

    /** The variables named in the container's templates and FEEL expressions, list items apart. */
    private static void collect(JsonNode container, String list, Set<String> shown, Map<String, Set<String>> lists) {
        for (JsonNode component : container.path("components")) {
            List<String> expressions = new ArrayList<>();
            for (String property : List.of("text", "label", "description")) {
                Matcher template = TEMPLATE.matcher(component.path(property).asText());
                while (template.find()) {
                    expressions.add(template.group(1));
                }
            }
            for (String feel : List.of(component.path("conditional").path("hide").asText(),
                    component.path("validate").path("min").asText(), component.path("validate").path("max").asText(),
                    component.path("validate").path("minLength").asText(),
                    component.path("validate").path("maxLength").asText())) {
                if (feel.startsWith("=")) {
                    expressions.add(feel.substring(1));
                }
            }
            for (String expression : expressions) {
                String feel = STRING_LITERAL.matcher(expression).replaceAll(" ");
                Matcher item = LIST_ITEM.matcher(feel);
                while (item.find()) {
                    assertThat(list).as(component.path("id").asText() + " reads this." + item.group(1)
                            + " outside a list").isNotNull();
                    lists.computeIfAbsent(list, path -> new TreeSet<>()).add(item.group(1));
                }
                Matcher name = NAME.matcher(LIST_ITEM.matcher(feel).replaceAll(" "));
                while (name.find()) {
                    if (!FEEL_WORDS.contains(name.group())) {
                        shown.add(name.group());
                    }
                }
            }
            String path = component.path("path").asText(null);
            if ("dynamiclist".equals(component.path("type").asText())) {
                lists.computeIfAbsent(path, p -> new TreeSet<>());
                collect(component, path, shown, lists);
            }
            else {
                collect(component, list, shown, lists);
            }
        }
    }
}
