package io.o2o.fulfilment.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.DemoHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What the Camunda webapps serve in place of the webjar's files, over HTTP as a browser asks for
 * them: Tasklist's Vietnamese translation (every key of the webjar's English one), the Tasklist
 * configuration that offers it, and the user styles that hide the Camunda 7 CE end-of-life banner
 * in every webapp and the Tasklist buttons store staff may not use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:tasklist-localisation;DB_CLOSE_DELAY=-1"})
// one process engine per JVM: close this application before another test starts its own
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TasklistLocalisationTest {

    private static final String WEBJAR = "META-INF/resources/webjars/camunda/";

    private static final String TASKLIST = "/camunda/app/tasklist/";

    /** Labels that read the same in Vietnamese: product names, value types, literal values, symbols. */
    private static final Set<String> SAME_IN_VIETNAMESE = Set.of("ADMIN_APP", "APP_VENDOR", "COCKPIT_APP",
            "TASKLIST_APP", "BOOLEAN", "DOUBLE", "INTEGER", "LONG", "SHORT", "STRING",
            "CAM_WIDGET_VARIABLES_TABLE_NULL", "CAM_WIDGET_VARIABLE_NULL", "CAM_WIDGET_VARIABLE_UNDEFINED",
            "NO_TASK_FORM", "SEARCH_LESS_THAN", "SEARCH_LESS_THAN_EQUALS", "SEARCH_GREATER_THAN",
            "SEARCH_GREATER_THAN_EQUALS");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

    private static final Pattern MARKUP = Pattern.compile("<[^>]+>|&[a-z]+;");

    private static final Pattern CSS_RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    private DemoHttp web;

    @BeforeEach
    void connect() {
        web = new DemoHttp(port);
    }

    @Test
    void theVietnameseTranslationHasEveryKeyOfTheShippedEnglishOne() throws Exception {
        HttpResponse<String> served = fetch(TASKLIST + "locales/vi.json");
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode vietnamese = json.readTree(served.body());
        JsonNode english = shippedEnglish();

        Set<String> shipped = paths(english).keySet();
        Set<String> ours = paths(vietnamese).keySet();
        assertThat(without(shipped, ours)).as("keys of the shipped en.json missing in vi.json").isEmpty();
        assertThat(without(ours, shipped)).as("keys in vi.json that en.json does not have").isEmpty();

        JsonNode labels = vietnamese.path("labels");
        List<String> untranslated = new ArrayList<>();
        english.path("labels").fields().forEachRemaining(label -> {
            String key = label.getKey();
            String en = label.getValue().asText();
            String vi = labels.path(key).asText();
            assertThat(all(PLACEHOLDER, vi)).as(key + " keeps its placeholders").isEqualTo(all(PLACEHOLDER, en));
            assertThat(all(MARKUP, vi)).as(key + " keeps its markup").isEqualTo(all(MARKUP, en));
            if (vi.equals(en) && !SAME_IN_VIETNAMESE.contains(key)) {
                untranslated.add(key);
            }
        });
        assertThat(untranslated).as("labels left in English").isEmpty();
        assertThat(labels.path("CLAIM_TASK").asText()).isEqualTo("Nhận việc");
        assertThat(labels.path("COMPLETE").asText()).isEqualTo("Hoàn tất");
    }

    @Test
    void tasklistOffersVietnameseAndFallsBackToEnglish() throws Exception {
        String config = fetch(TASKLIST + "scripts/config.js").body();

        Matcher available = Pattern.compile("availableLocales:\\s*\\[([^]]*)]").matcher(config);
        assertThat(available.find()).as("availableLocales in config.js").isTrue();
        assertThat(available.group(1).split(",")).extracting(locale -> locale.strip().replace("'", ""))
                .containsExactly("vi", "en");
        assertThat(config).containsPattern("fallbackLocale:\\s*'en'");
        assertThat(config).as("the shipped shortcuts").contains("claimTask:", "focusFilter:", "focusList:",
                "focusForm:");
    }

    @Test
    void theScriptThatKeepsDatesInTheScreensLanguageIsServed() throws Exception {
        String config = fetch(TASKLIST + "scripts/config.js").body();
        assertThat(config).contains("'o2o-date-locale': 'scripts/date-locale'", "ngDeps: ['o2o.tasklist.dateLocale']");

        // requireJsConfig paths start from app/tasklist/; a script missing there stops Tasklist from starting
        assertThat(fetch(TASKLIST + "scripts/date-locale.js").body())
                .contains("angular.module('o2o.tasklist.dateLocale'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theEndOfLifeBannerIsHidden(String app) throws Exception {
        assertThat(hiddenSelectors(fetch("/camunda/app/" + app + "/styles/user-styles.css").body()))
                .anyMatch(selector -> selector.endsWith(".ce-eol-banner"));
    }

    @Test
    void tasklistHidesWhatStoreStaffMayNotUse() throws Exception {
        assertThat(hiddenSelectors(fetch(TASKLIST + "styles/user-styles.css").body()))
                .anyMatch(selector -> selector.endsWith("li.start-process-action"))
                .anyMatch(selector -> selector.endsWith("li.create-task-action"));
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = web.send(web.get(path));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    /** Tasklist's English translation as the webjar ships it: the application serves only its own vi.json. */
    private JsonNode shippedEnglish() throws IOException {
        String resource = WEBJAR + "app/tasklist/locales/en.json";
        List<URL> found = Collections.list(getClass().getClassLoader().getResources(resource));
        URL webjar = found.stream().filter(url -> url.toString().contains("camunda-webapp-webjar")).findFirst()
                .orElseThrow(() -> new AssertionError(resource + " not in the webjar: " + found));
        try (InputStream in = webjar.openStream()) {
            // Jackson skips the file's byte order mark
            return json.readTree(in);
        }
    }

    /** Every leaf of the document by its path (labels.CLAIM_TASK, dateLocales.months[0]), sorted. */
    private static Map<String, JsonNode> paths(JsonNode root) {
        Map<String, JsonNode> paths = new TreeMap<>();
        collect("", root, paths);
        return paths;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), paths);
            }
        } else {
            paths.put(path, node);
        }
    }

    private static Set<String> without(Set<String> these, Set<String> those) {
        Set<String> left = new TreeSet<>(these);
        left.removeAll(those);
        return left;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        Collections.sort(found);
        return found;
    }

    /** The selectors of the rules that set display: none, comments left out. */
    private static List<String> hiddenSelectors(String css) {
        String rules = css.replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> hidden = new ArrayList<>();
        Matcher rule = CSS_RULE.matcher(rules);
        while (rule.find()) {
            if (rule.group(2).replaceAll("\\s+", "").matches("(?s).*(^|;)display:none(!important)?(;.*|$)")) {
                for (String selector : rule.group(1).split(",")) {
                    hidden.add(selector.strip());
                }
            }
        }
        return hidden;
    }
}
