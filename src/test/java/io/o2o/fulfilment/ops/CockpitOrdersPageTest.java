package io.o2o.fulfilment.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.DemoHttp;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The Orders page in Cockpit, where ops look up finished orders: Cockpit's config.js registers the
 * project's plugin, the plugin is served where Cockpit loads it from, and ops logged into Cockpit can
 * read an order's history through the engine API the plugin uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:cockpit-orders;DB_CLOSE_DELAY=-1"})
// one process engine per JVM: close this application before another test starts its own
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CockpitOrdersPageTest {

    private static final String COCKPIT = "/camunda/app/cockpit/";
    private static final String PLUGIN = "scripts/order-history/plugin.js";
    private static final String ENGINE_API = "/camunda/api/engine/engine/default";
    private static final String ORDER = """
            {"customer":{"name":"Phạm Quốc Bảo","phone":"0912345678"},
             "lines":[{"sku":"SKU-1003","quantity":1}],
             "fulfilment":{"type":"CLICK_AND_COLLECT","storeId":"HCM-Q1"},
             "payment":{"method":"PAY_AT_STORE"}}""";

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    private DemoHttp web;

    @BeforeEach
    void connect() {
        web = new DemoHttp(port);
    }

    @Test
    void cockpitsConfigRegistersTheOrdersPlugin() throws Exception {
        HttpResponse<String> config = web.send(web.get(COCKPIT + "scripts/config.js"));
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("javascript"));
        // Cockpit imports it as a module and reads its default export
        assertThat(config.body()).contains("export default {");
        Matcher customScripts = Pattern.compile("(?m)^\\s*customScripts:\\s*\\[(.*?)]", Pattern.DOTALL)
                .matcher(config.body());
        assertThat(customScripts.find()).as("customScripts is set, not commented out").isTrue();
        assertThat(customScripts.group(1)).containsPattern("(?m)^\\s*'" + Pattern.quote(PLUGIN) + "',?\\s*$");
    }

    @Test
    void thePluginIsServedWhereCockpitLoadsItFrom() throws Exception {
        // Cockpit resolves each customScripts entry against app/cockpit/
        HttpResponse<String> plugin = web.send(web.get(COCKPIT + PLUGIN));
        assertThat(plugin.statusCode()).isEqualTo(200);
        assertThat(plugin.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("javascript"));
        assertThat(plugin.body())
                .contains("export default [")
                .contains("pluginPoint: 'cockpit.route'", "pluginPoint: 'cockpit.navigation'")
                .contains("const PAGE_PATH = '/orders'")
                .contains("'order-search'", "'order-instance", "'timeline-entry", "'task-entry'", "'incident-entry'")
                .as("the engine's text is set as text, never parsed as HTML")
                .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write");

        HttpResponse<String> styles = web.send(web.get(COCKPIT + "scripts/order-history/order-history.css"));
        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(styles.body()).contains(".o2o-orders");
    }

    @Test
    void opsInCockpitReadAnOrdersHistoryThroughTheEngineApi() throws Exception {
        String orderNumber = place();
        CockpitSession ops = CockpitSession.logIn(port, "ops", DemoHttp.DEMO_PASSWORD);

        HttpResponse<String> instances = ops.get(ENGINE_API + "/history/process-instance?processInstanceBusinessKey="
                + orderNumber);
        assertThat(instances.statusCode()).as(instances.body()).isEqualTo(200);
        JsonNode found = json.readTree(instances.body());
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).path("processDefinitionKey").asText()).isEqualTo("click-and-collect");
        String processInstanceId = found.get(0).path("id").asText();

        // the timeline is read with two sort keys, which only the POST form of the query takes
        HttpResponse<String> activities = ops.post(ENGINE_API + "/history/activity-instance", """
                {"processInstanceId":"%s","sorting":[{"sortBy":"startTime","sortOrder":"asc"},
                 {"sortBy":"occurrence","sortOrder":"asc"}]}""".formatted(processInstanceId));
        assertThat(activities.statusCode()).as(activities.body()).isEqualTo(200);
        assertThat(json.readTree(activities.body()).get(0).path("activityName").asText()).isEqualTo("Order placed");

        for (String query : new String[] {
                "/history/process-instance?finished=true&rootProcessInstances=true&sortBy=endTime&sortOrder=desc&maxResults=25",
                "/history/task?processInstanceBusinessKey=" + orderNumber + "&sortBy=startTime&sortOrder=asc",
                "/history/incident?processInstanceId=" + processInstanceId,
                "/incident?processInstanceId=" + processInstanceId,
                "/history/variable-instance?processInstanceIdIn=" + processInstanceId
                        + "&variableNameIn=paymentMethod,pickOutcome,cancelReason,refundReason&deserializeValues=false"}) {
            HttpResponse<String> answer = ops.get(ENGINE_API + query);
            assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(200);
        }
    }

    private String place() throws IOException, InterruptedException {
        HttpResponse<String> placed = web.send(web.post("/api/orders", ORDER));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        return json.readTree(placed.body()).path("orderNumber").asText();
    }

    /** A browser's session in Cockpit: its session cookie and the CSRF token Cockpit wants on every POST. */
    private record CockpitSession(HttpClient http, String baseUrl, CookieManager cookies) {

        static CockpitSession logIn(int port, String user, String password) throws IOException, InterruptedException {
            CookieManager cookies = new CookieManager();
            HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
            CockpitSession session = new CockpitSession(http, "http://localhost:" + port, cookies);
            assertThat(session.get(COCKPIT + "default/").statusCode()).isEqualTo(200);
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> login = session.send(HttpRequest.newBuilder(
                            URI.create(session.baseUrl + "/camunda/api/admin/auth/user/default/login/cockpit"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", session.csrfToken())
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat(login.statusCode()).as("Cockpit login: " + login.body()).isEqualTo(200);
            return session;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json").GET());
        }

        HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", csrfToken())
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        }

        String csrfToken() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("Cockpit set no XSRF-TOKEN cookie"));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
