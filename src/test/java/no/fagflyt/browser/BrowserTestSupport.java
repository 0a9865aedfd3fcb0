package no.fagflyt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the real application on a random port and drives it with Debian's headless Chromium. Every page
 * a test visits through {@link #visit} or {@link #submit} is checked with axe-core against WCAG 2.1 A/AA.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTestSupport {

    private static final Logger log = LoggerFactory.getLogger(BrowserTestSupport.class);

    static final String DEMO_PASSWORD = "fagflyt-demo";

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static ChromeDriverService service;

    private static WebDriver sharedBrowser;

    protected WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        File driver = new File(System.getenv().getOrDefault("FAGFLYT_CHROMEDRIVER", "/usr/bin/chromedriver"));
        assertThat(driver.canExecute()).as("ChromeDriver at " + driver + " (install chromium-driver, see README)").isTrue();
        service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
        service.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("FAGFLYT_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=nb-NO", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("fagflyt-chromium"));
        // One browser per test class: starting Chromium is the slow part, and cookies are cleared per test.
        sharedBrowser = new ChromeDriver(service, options);
        sharedBrowser.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterAll
    static void stopBrowser() {
        if (sharedBrowser != null) {
            sharedBrowser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @BeforeEach
    void freshSession() {
        browser = sharedBrowser;
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and checks it for accessibility. */
    void visit(String path) {
        browser.get(url(path));
        checkAccessibility();
    }

    void logIn(String username, String password) {
        browser.get(url("/login"));
        checkAccessibility();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(browser.findElement(By.cssSelector("form button[type=submit]")));
    }

    void logOut() {
        submit(browser.findElement(By.cssSelector(".user-box button[type=submit]")));
    }

    /** Clicks a button or link that loads a new page, waits for it, and checks it for accessibility. */
    void submit(WebElement element) {
        navigateBy(element::click);
    }

    /** Does something that loads a new page (a click, Enter in a form), waits for it, and checks it. */
    void navigateBy(Runnable action) {
        // A marker on the old document tells when a new one has replaced it; element staleness is reported
        // inconsistently by ChromeDriver while a page is unloading.
        String marker = UUID.randomUUID().toString();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.fagflytPageMarker = arguments[0];", marker);
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
            .until(driver -> !marker.equals(js.executeScript("return window.fagflytPageMarker;"))
                    && "complete".equals(js.executeScript("return document.readyState;")));
        checkAccessibility();
    }

    String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    void useNarrowScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    /** No serious or critical WCAG 2.1 A/AA violation; lesser ones are logged to be looked at. */
    void checkAccessibility() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
        List<Rule> violations = results.getViolations();
        List<Rule> blocking = violations.stream()
            .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .toList();
        violations.stream()
            .filter(rule -> !blocking.contains(rule))
            .forEach(rule -> log.warn("axe {} on {}: {} ({})", rule.getImpact(), browser.getCurrentUrl(), rule.getId(),
                    rule.getHelp()));
        if (!blocking.isEmpty()) {
            screenshot("axe-failure");
        }
        assertThat(blocking).as(() -> "Accessibility violations on " + browser.getCurrentUrl() + ":\n"
                + blocking.stream()
                    .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " "
                            + rule.getNodes().stream().map(node -> node.getTarget().toString()).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")))
            .isEmpty();
    }

    /** Saves a screenshot under target/screenshots, for looking at a failure afterwards. */
    Path screenshot(String name) {
        try {
            Path directory = Path.of("target", "screenshots");
            Files.createDirectories(directory);
            Path file = directory.resolve(name + "-" + System.currentTimeMillis() + ".png");
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

}
