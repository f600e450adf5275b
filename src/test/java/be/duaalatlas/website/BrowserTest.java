package be.duaalatlas.website;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of the service in a real browser: Debian's headless Chromium driven by
 * ChromeDriver (both installed by {@code src/test/browser/install-chromium.sh} before the
 * tests), against the running service with the sample catalogue. Every request the
 * browser makes is recorded, so a test can say that none left the machine; each screen is
 * saved as a screenshot under {@code target/screenshots/}.
 */
abstract class BrowserTest extends AtlasIntegrationTest {

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	/**
	 * axe-core from npm (a devDependency of frontend-contract/, installed by the build),
	 * injected into the page by the test: nothing fetched at run time.
	 */
	static final Path AXE = Path.of("frontend-contract/node_modules/axe-core/axe.min.js");

	/** The rules of WCAG 2.1 levels A and AA, as axe-core tags them. */
	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final ObjectMapper JSON = new ObjectMapper();

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		// as root on CI: no sandbox; nothing of Chromium's own calling home (this
		// machine's network is closed), and
		// every host but this one unresolvable, so the pages work offline or not at all
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--window-size=1280,1000", "--lang=nl",
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		// the console, where Chromium reports what the Content-Security-Policy blocked
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@BeforeEach
	void forgetEarlierRequests() {
		browser.manage().logs().get(LogType.PERFORMANCE);
		browser.manage().logs().get(LogType.BROWSER);
	}

	/** The service's Content-Security-Policy blocked nothing the pages do. */
	@AfterEach
	void nothingWasBlockedByTheContentSecurityPolicy() {
		List<String> blocked = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy"))
			.toList();
		assertThat(blocked).isEmpty();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	static WebDriverWait waiting() {
		// a page that re-renders replaces its elements: look again rather than fail on
		// one just replaced
		return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
			.ignoring(StaleElementReferenceException.class);
	}

	static WebElement visible(By by) {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	static List<WebElement> all(By by) {
		return waiting().until(ExpectedConditions.visibilityOfAllElementsLocatedBy(by));
	}

	/**
	 * Clicks the element once it is visible, looking it up again when the page replaced
	 * it between finding and clicking (an autocomplete list re-rendered by a later
	 * keystroke's answer).
	 */
	static void click(By by) {
		waiting().until(d -> {
			visible(by).click();
			return true;
		});
	}

	/** The texts of the elements, read in one go once they are all visible. */
	static List<String> texts(By by) {
		return waiting().until(d -> all(by).stream().map(WebElement::getText).toList());
	}

	/**
	 * Types like a person: key by key, so every keystroke's events (and the autocomplete)
	 * fire.
	 */
	static void type(WebElement input, String text) {
		input.clear();
		for (char c : text.toCharArray()) {
			input.sendKeys(String.valueOf(c));
		}
	}

	/**
	 * The WCAG 2.1 A and AA violations axe-core finds on the page as it is now, one line
	 * each: rule, impact, help and the elements at fault.
	 */
	static List<String> accessibilityViolations() {
		try {
			browser.executeScript(Files.readString(AXE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Object found = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
				    + v.nodes.map(n => n.target.join(' ')).join(', '))))
				  .catch(e => done(['axe failed: ' + e]));
				""", WCAG_21_AA);
		return ((List<?>) found).stream().map(String::valueOf).toList();
	}

	/**
	 * axe-core finds no violation of WCAG 2.1 A and AA on the screen; else the test fails
	 * and names each one.
	 */
	static void assertAccessible(String screen) {
		List<String> violations = accessibilityViolations();
		violations.forEach(v -> System.out.println("axe " + screen + ": " + v));
		assertThat(violations).as("axe-core's WCAG 2.1 AA violations on " + screen).isEmpty();
	}

	static Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The addresses of the requests since the last call that went anywhere but this
	 * service.
	 */
	List<String> requestsLeavingTheMachine() {
		String local = url("/");
		return browser.manage()
			.logs()
			.get(LogType.PERFORMANCE)
			.getAll()
			.stream()
			.map(BrowserTest::requestUrl)
			.filter(u -> u != null && !u.startsWith(local) && !u.startsWith("data:") && !u.startsWith("blob:"))
			.toList();
	}

	/** All requests since the last call, to this service or elsewhere. */
	static String requestUrl(LogEntry entry) {
		try {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			return message.path("method").asText().equals("Network.requestWillBeSent")
					? message.path("params").path("request").path("url").asText() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
