package io.o2o.fulfilment.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.DemoHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Store staff and ops at work in a real browser: headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs) on the demo application. A store's staff
 * member picks a fresh order short in Tasklist, in Vietnamese, stages it, types a wrong pickup code
 * and sees the message on the form, then the right one; another store's staff member sees none of
 * it; ops find the finished order on Cockpit's Orders page with who did each task. Screenshots of
 * each step go to {@code target/browser-screenshots}.
 * <p>
 * Without Chromium the test is skipped, except on CI ({@code CI=true}), where it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=demo",
        "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
        "o2o.security.store-groups-check=PT0.5S"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StoreAndOpsBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    private final ObjectMapper json = new ObjectMapper();
    private final List<WebDriver> browsers = new ArrayList<>();

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromiumIsThere() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver) for the browser test");
        }
        assumeTrue(present, "no Chromium at " + CHROMIUM + " with its driver at " + CHROMEDRIVER);
        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.list(SCREENSHOTS)) {
            for (Path png : old.toList()) {
                Files.delete(png);
            }
        }
    }

    /** The last screen of each browser is kept too: on a failure, it shows where the test stopped. */
    @AfterEach
    void closeBrowsers() throws IOException {
        for (int i = 0; i < browsers.size(); i++) {
            try {
                shot(browsers.get(i), "last-screen-of-browser-" + (i + 1));
            } finally {
                browsers.get(i).quit();
            }
        }
    }

    @Test
    void staffPickStageAndHandOverWhileOtherStoresSeeNothingAndOpsFindTheFinishedOrder() throws Exception {
        DemoHttp web = new DemoHttp(port);
        String order = place(web);

        WebDriver staff = browser("vi-VN");
        logIn(staff, "/camunda/app/tasklist/", "staff.hcm-q1");
        openTask(staff, "Soạn hàng " + order);
        shot(staff, "01-pick-task");
        List<WebElement> picked = staff.findElements(By.cssSelector(".fjs-form-field-number input:not([readonly])"));
        assertThat(picked).as("one picked field per line").hasSize(2);
        type(picked.get(0), "1");
        choose(staff, "Vì sao thiếu? / Why short?", "Hàng hỏng / Damaged");
        // a look at another tab must not undo the short pick (the form takes an entry in after a moment)
        Thread.sleep(1000);
        staff.findElement(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Mô tả']")).click();
        staff.findElement(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Biểu mẫu']")).click();
        wait(staff).until(d -> d.findElements(By.cssSelector(".fjs-form-field-number input:not([readonly])")).stream()
                .findFirst().map(input -> "1".equals(input.getAttribute("value"))).orElse(false));
        shot(staff, "02-short-pick");
        // Tasklist checks a redrawn form again only on its next change
        type(staff.findElements(By.cssSelector(".fjs-form-field-number input:not([readonly])")).get(0), "1");
        complete(staff);

        openTask(staff, "Để hàng lên quầy " + order);
        type(field(staff, "Vị trí để hàng / Staging place"), "Kệ B-3");
        shot(staff, "03-stage");
        complete(staff);

        openTask(staff, "Giao đơn " + order);
        assertThat(staff.findElement(By.cssSelector(".fjs-form")).getText())
                .contains("Kệ B-3").contains("Thu của khách / Amount to collect").doesNotContain("⚠");
        String code = pickupCode(web, order);
        type(field(staff, "Mã nhận hàng / Pickup code"), code.equals("000000") ? "111111" : "000000");
        choose(staff, "Hình thức thu tiền / Payment taken", "Tiền mặt / Cash");
        clickComplete(staff);
        WebElement refusal = wait(staff).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'alert') and contains(., 'còn 2 lần thử')]")));
        assertThat(refusal.getText()).contains("Wrong pickup code, 2 attempts left.");
        shot(staff, "04-wrong-code");
        type(field(staff, "Mã nhận hàng / Pickup code"), code);
        complete(staff);
        awaitStatus(web, order, "COLLECTED");
        shot(staff, "05-handed-over");

        WebDriver otherStore = browser("vi-VN");
        logIn(otherStore, "/camunda/app/tasklist/", "staff.hcm-q7");
        wait(otherStore).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list")));
        assertThat(otherStore.findElement(By.tagName("body")).getText()).doesNotContain(order);
        JsonNode seen = json.readTree(web.send(DemoHttp.as("staff.hcm-q7",
                web.get("/engine-rest/history/task?processInstanceBusinessKey=" + order))).body());
        assertThat(seen).as("tasks of the order another store may read").isEmpty();
        shot(otherStore, "06-other-store");

        WebDriver ops = browser("en-GB");
        logIn(ops, "/camunda/app/cockpit/default/", "ops");
        ops.get(url("/camunda/app/cockpit/default/#/orders?order=" + order));
        wait(ops).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#order-summary[data-order='" + order + "']")));
        wait(ops).until(d -> d.findElements(By.cssSelector(".task-entry[data-assignee='staff.hcm-q1']")).size() >= 3);
        assertThat(ops.findElement(By.cssSelector("#order-summary")).getAttribute("data-state")).isEqualTo("Completed");
        assertThat(ops.findElements(By.cssSelector(".order-instance"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ops.findElements(By.cssSelector(".timeline-entry[data-kind='activity']"))).isNotEmpty();
        shot(ops, "07-ops-order-history");
    }

    private WebDriver browser(String language) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run",
                        "--disable-sync", "--window-size=1280,1400", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        browsers.add(driver);
        return driver;
    }

    private void logIn(WebDriver browser, String app, String user) {
        browser.get(url(app));
        WebElement name = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='text']")));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys(DemoHttp.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));
    }

    /** Waits for the task (the list refreshes itself), opens it and claims it. */
    private void openTask(WebDriver browser, String titleStart) {
        WebElement link = wait(browser).until(d -> d.findElements(By.cssSelector(".tasks-list h4 a")).stream()
                .filter(a -> a.getText().strip().startsWith(titleStart)).findFirst().orElse(null));
        link.click();
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details h2, .task-details"), titleStart));
        WebElement claim = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.claim")));
        shotOnce(browser, "00-task-not-yet-claimed");
        claim.click();
        // the form unlocks and moves up once the claim is through
        wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
        wait(browser).until(d -> !d.findElements(By.cssSelector(".fjs-form")).isEmpty()
                && d.findElements(By.cssSelector(".fjs-form input:not([readonly]):not([disabled])")).size() > 0);
    }

    private WebElement field(WebDriver browser, String label) {
        return wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//label[normalize-space()='" + label + "' or normalize-space()='" + label + "*']/following::input[1]")));
    }

    /** Picks an entry of a Camunda Form select, which draws its own drop-down list. */
    private void choose(WebDriver browser, String label, String option) {
        WebElement select = wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//label[starts-with(normalize-space(), '" + label + "')]/following::*[contains(@class,'fjs-select-anchor') or contains(@class,'fjs-input-group')][1]")));
        select.click();
        wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + option + "']"))).click();
    }

    private static void type(WebElement input, String text) {
        // typing focuses the field itself; a click could land on a form still moving into place
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private void clickComplete(WebDriver browser) throws InterruptedException {
        // Camunda Forms take a typed value in after a short pause
        Thread.sleep(800);
        WebElement complete = wait(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".form-actions button.btn-primary")));
        complete.click();
    }

    private void complete(WebDriver browser) throws InterruptedException {
        String title = browser.findElement(By.cssSelector(".task-details h2, .task-details .names")).getText();
        clickComplete(browser);
        wait(browser).until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".task-details"), title.lines().findFirst().orElse(title))));
    }

    private String place(DemoHttp web) throws Exception {
        JsonNode placed = json.readTree(web.send(web.post("/api/orders", """
                {"customer":{"name":"Phạm Thị Mai","phone":"0912345678"},
                 "lines":[{"sku":"SKU-1001","quantity":2},{"sku":"SKU-1016","quantity":1}],
                 "fulfilment":{"type":"CLICK_AND_COLLECT","storeId":"HCM-Q1"},
                 "payment":{"method":"PAY_AT_STORE"}}""")).body());
        return placed.path("orderNumber").asText();
    }

    private String pickupCode(DemoHttp web, String order) throws Exception {
        return awaitValue(() -> web.pickupCodeSentTo(order).orElse(null));
    }

    private void awaitStatus(DemoHttp web, String order, String status) throws Exception {
        awaitValue(() -> status.equals(json.readTree(web.send(DemoHttp.as("ops", web.get("/api/orders/" + order)))
                .body()).path("status").asText()) ? status : null);
    }

    private <T> T awaitValue(Check<T> check) throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < until) {
            T value = check.value();
            if (value != null) {
                return value;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("nothing after " + PATIENCE);
    }

    private interface Check<T> {
        T value() throws Exception;
    }

    /** Tasklist redraws its list as it refreshes itself: an element found a moment ago may be gone, so look again. */
    private WebDriverWait wait(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void shotOnce(WebDriver browser, String name) {
        if (!Files.exists(SCREENSHOTS.resolve(name + ".png"))) {
            try {
                shot(browser, name);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void shot(WebDriver browser, String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
