package dev.fureai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import dev.fureai.testing.Browsers;

/**
 * The demo page and the chat widget in a real browser (Debian chromium + chromedriver)
 * against the running application with the sample content plus one article that carries
 * an XSS canary. Skipped, loudly, where chromium or chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:widget-browser;DB_CLOSE_DELAY=-1",
				"fureai.content.watch=false", "fureai.identity.jwt-secret=" + WidgetBrowserTests.SECRET,
				"fureai.customers.import=classpath:demo/customers.csv",
				"fureai.customers.known-agents=csm-sato,csm-suzuki" })
class WidgetBrowserTests {

	static final String SECRET = "widget-test-secret-that-is-long-enough-0123";

	private static final String CANARY = "<img src=x onerror=window.pwned=1>";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * Wraps the page's WebSocket before the widget opens one: records what it sends
	 * ({@code fwSent}), and holds the {@code resumed} and everything after it
	 * ({@code fwHeld}) until {@code fwRelease()}, as a slow resume would.
	 */
	private static final String HOLD_RESUMED = """
			const Real = window.WebSocket;
			window.fwSent = [];
			window.fwHeld = [];
			let holding = true;
			window.WebSocket = class extends Real {
				send(data) { window.fwSent.push(String(data)); super.send(data); }
				set onmessage(handler) {
					super.onmessage = (e) => {
						if (holding && (window.fwHeld.length || String(e.data).includes('"type":"resumed"'))) {
							window.fwHeld.push(() => handler.call(this, e));
						}
						else handler.call(this, e);
					};
				}
			};
			window.fwRelease = () => { holding = false; window.fwHeld.splice(0).forEach((deliver) => deliver()); };
			""";

	@TempDir
	static Path temp;

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		// evaluated when the application starts, after the temp directory exists
		registry.add("fureai.content.dir", () -> contentWithCanary().toString());
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browsers.start(WidgetBrowserTests.class, temp.resolve("profile"));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void freshVisitor() {
		browser.get(url("/search.html"));
		script("localStorage.clear(); sessionStorage.clear();");
	}

	@Test
	void aVisitorAsksClarifiesGivesFeedbackAndFindsTheConversationAfterAReload() throws IOException {
		openDemoPage();
		ask("領収書がほしい");
		WebElement answer = waitForCount(".fw-answer", 1).getLast();
		assertThat(answer.findElement(By.cssSelector(".fw-answer-title")).getText()).isEqualTo("領収書を発行する");
		assertThat(answer.findElement(By.cssSelector(".fw-more a")).getAttribute("href"))
			.isEqualTo(url("/articles/billing-receipt"));
		assertThat(answer.findElements(By.cssSelector(".fw-guides li"))).hasSizeBetween(1, 3);
		screenshot("desktop-answer");

		ask("ログインできない");
		List<WebElement> choices = waitForCount(".fw-choice", 2);
		String chosen = choices.get(1).getText();
		choices.get(1).click();
		WebElement chosenAnswer = waitForCount(".fw-answer", 2).getLast();
		assertThat(chosen).startsWith(chosenAnswer.findElement(By.cssSelector(".fw-answer-title")).getText());
		wait(ExpectedConditions.attributeToBe(choices.get(1), "aria-pressed", "true"));

		chosenAnswer.findElements(By.cssSelector(".fw-feedback button")).getLast().click(); // 解決しない
		chosenAnswer.findElement(By.cssSelector(".fw-comment textarea")).sendKeys("まだ解決しません");
		chosenAnswer.findElement(By.cssSelector(".fw-comment button")).click();
		wait(ExpectedConditions.textToBePresentInElement(chosenAnswer.findElement(By.cssSelector(".fw-feedback")),
				"ありがとうございました"));
		waitForCount(".fw-msg-bot", 4); // answer, clarify, answer, alternatives after
										// 解決しない
		List<String> before = messageIds();

		browser.navigate().refresh();
		wait((driver) -> messageIds().equals(before)); // the same messages, each once, in
														// the same order
		assertThat(browser.findElement(By.cssSelector(".fw-panel")).isDisplayed()).isTrue();
		assertThat(texts(".fw-msg-customer .fw-text")).containsSequence("領収書がほしい", "ログインできない");
		assertThat(browser.findElements(By.cssSelector(".fw-thanks"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector(".fw-choice[aria-pressed=true]"))).hasSize(1);
	}

	@Test
	void onAPhoneThePanelFillsTheScreen() throws IOException {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 780, "deviceScaleFactor", 1, "mobile", true));
		try {
			openDemoPage();
			ask("領収書がほしい");
			waitForCount(".fw-answer", 1);
			WebElement panel = browser.findElement(By.cssSelector(".fw-panel"));
			assertThat(panel.getRect().getWidth()).isEqualTo(390);
			assertThat(browser.findElement(By.cssSelector(".fw-launcher")).isDisplayed()).isFalse();
			screenshot("phone-answer");
		}
		finally {
			browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	@Test
	void aCanaryInAQuestionOrInAnArticleExecutesNothing() {
		openDemoPage();
		ask(CANARY);
		waitForCount(".fw-msg-bot", 1);
		ask("表示テストの記事を見たい");
		WebElement answer = waitForCount(".fw-msg-bot", 2).getLast();
		assertThat(answer.findElement(By.cssSelector(".fw-answer-title")).getText()).isEqualTo("表示テスト " + CANARY);
		assertThat(texts(".fw-msg-customer .fw-text")).contains(CANARY);
		browser.navigate().refresh(); // the history is rendered again from what the
										// server stored
		waitForCount(".fw-msg-bot", 2);

		assertThat(script("return typeof window.pwned")).isEqualTo("undefined");
		assertThat(
				script("""
						return Array.from(document.querySelectorAll('.fureai-widget, .fureai-widget *'))
						  .flatMap((e) => Array.from(e.attributes))
						  .filter((a) => a.name.toLowerCase().startsWith('on') || /^\\s*(javascript|data|vbscript):/i.test(a.value))
						  .map((a) => a.name + '=' + a.value)"""))
			.asList()
			.isEmpty();
		assertThat(browser.findElements(By.cssSelector(".fureai-widget script, .fureai-widget img[src=x]"))).isEmpty();
	}

	@Test
	void aPasteLongerThanTheLimitIsCutAndTheWidgetSaysSo() {
		openDemoPage();
		WebElement input = browser.findElement(By.cssSelector(".fw-input"));
		WebElement limit = browser.findElement(By.cssSelector(".fw-limit"));
		assertThat(limit.isDisplayed()).isFalse();
		input.sendKeys("領収書".repeat(400));
		assertThat(input.getDomProperty("value")).hasSize(1000);
		assertThat(limit.isDisplayed()).isTrue();
		assertThat(limit.getText()).contains("1000 文字まで");
		input.sendKeys(Keys.ENTER);
		wait((driver) -> !limit.isDisplayed());
		waitForCount(".fw-msg-customer", 1);
	}

	@Test
	void romajiIsCompletedAndTheKeyboardSendsACompletion() {
		openDemoPage();
		WebElement input = browser.findElement(By.cssSelector(".fw-input"));
		input.sendKeys("ryoushuu");
		List<WebElement> options = waitForCount(".fw-suggestion", 1);
		assertThat(texts(".fw-suggestion")).anyMatch((text) -> text.contains("領収書"));
		String first = options.getFirst().getText();
		input.sendKeys(Keys.ARROW_DOWN);
		assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.getFirst().getAttribute("id"));
		input.sendKeys(Keys.ENTER);
		waitForCount(".fw-msg-bot", 1);
		assertThat(texts(".fw-msg-customer .fw-text")).containsExactly(first);
		assertThat(browser.findElement(By.cssSelector(".fw-suggestions")).isDisplayed()).isFalse();
	}

	@Test
	void offlineTheWidgetSaysSoAndWhatWasTypedIsAnsweredAfterReconnecting() {
		openDemoPage();
		WebElement status = browser.findElement(By.cssSelector(".fw-status"));
		network(true);
		try {
			wait(ExpectedConditions.textToBePresentInElement(status, "オフライン"));
			ask("領収書がほしい");
		}
		finally {
			network(false);
		}
		wait((driver) -> status.getText().isEmpty());
		waitForCount(".fw-answer", 1);
		assertThat(texts(".fw-msg-customer .fw-text")).containsExactly("領収書がほしい");
	}

	/**
	 * A question typed while the resume is on its way (just connected, or back after a
	 * drop) goes out once, after the resumed, in the conversation it names. Sent at once
	 * and again after the resumed, a first question opened two conversations, each with
	 * its own clarify: the choices were shown twice.
	 */
	@Test
	void aQuestionTypedWhileTheResumeIsOnItsWayIsSentOnceAndClarifiedOnce() {
		browser.get(url("/"));
		script(HOLD_RESUMED);
		wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".fw-launcher"))).click();
		// connected, and the resumed held
		wait((driver) -> Boolean.TRUE.equals(script("return window.fwHeld.length > 0")));
		ask("ログインできない");
		waitForCount(".fw-msg-customer", 1);
		script("window.fwRelease()");
		waitForCount(".fw-choice", 2);
		ask("領収書がほしい");
		waitForCount(".fw-answer", 1);

		assertThat(
				script("return window.fwSent.filter((f) => f.startsWith('SEND\\ndestination:/app/chat.ask')).length"))
			.as("each question sent once")
			.isEqualTo(2L);
		assertThat(browser.findElements(By.cssSelector(".fw-choices"))).hasSize(1);
		assertThat(texts(".fw-msg-customer .fw-text")).containsExactly("ログインできない", "領収書がほしい");
	}

	@Test
	void aRefusedTokenIsSaidAndAnotherIdentityConnectsAgain() {
		openDemoPage();
		script("FureaiWidget.setToken('eyJhbGciOiJub25lIn0.eyJzdWIiOiJtYWxsb3J5In0.')"); // unsigned:
																							// refused
		WebElement status = browser.findElement(By.cssSelector(".fw-status"));
		wait(ExpectedConditions.textToBePresentInElement(status, "サインイン情報を確認できませんでした"));

		script("FureaiWidget.setToken(null)");
		wait((driver) -> status.getText().isEmpty());
		ask("領収書がほしい");
		waitForCount(".fw-answer", 1);
	}

	@Test
	void aHighTouchCustomerAsksForAPersonAndSeesTheirPlaceInTheQueue() throws Exception {
		openDemoPage();
		((JavascriptExecutor) browser).executeScript("FureaiWidget.setToken(arguments[0])", token("demo-high"));
		browser.findElement(By.cssSelector(".fw-person")).click();
		WebElement card = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fw-queue")));
		assertThat(card.getText()).contains("専任サポートチーム", "番目").doesNotContain("ハイタッチ");
		assertThat(card.findElement(By.cssSelector(".fw-queue-facts")).getText()).contains("順番");
		assertThat(browser.findElement(By.cssSelector(".fw-person")).isDisplayed())
			.as("asking again while waiting would only repeat the place")
			.isFalse();
		screenshot("queue");
	}

	private static String token(String customer) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
				new JWTClaimsSet.Builder().subject(customer)
					.expirationTime(Date.from(Instant.now().plusSeconds(600)))
					.build());
		jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
		return jwt.serialize();
	}

	private void network(boolean offline) {
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
	}

	private void openDemoPage() {
		browser.get(url("/"));
		wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".fw-launcher"))).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fw-input")));
		wait((driver) -> browser.findElement(By.cssSelector(".fw-status")).getText().isEmpty()); // connected
	}

	private void ask(String question) {
		WebElement input = browser.findElement(By.cssSelector(".fw-input"));
		input.sendKeys(question);
		input.sendKeys(Keys.ENTER);
	}

	private List<WebElement> waitForCount(String css, int count) {
		return wait((driver) -> {
			List<WebElement> found = driver.findElements(By.cssSelector(css));
			return (found.size() >= count) ? found : null;
		});
	}

	private List<String> messageIds() {
		return browser.findElements(By.cssSelector(".fw-msg")).stream().map((e) -> e.getAttribute("data-id")).toList();
	}

	private List<String> texts(String css) {
		return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	private <T> T wait(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
		// generous for a loaded CI machine (the reconnect backoff alone can take
		// seconds);
		// the page reloads while some conditions look at it
		return new WebDriverWait(browser, Duration.ofSeconds(30))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition);
	}

	private Object script(String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("widget-" + name + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

	/** The sample content plus one article whose title and body carry the canary. */
	private static Path contentWithCanary() {
		Path dir = temp.resolve("content");
		try (Stream<Path> files = Files.walk(Path.of("content"))) {
			for (Path file : files.toList()) {
				Path target = dir.resolve(Path.of("content").relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
			Files.writeString(dir.resolve("troubleshooting/display-canary.md"), """
					---
					id: display-canary
					title: "表示テスト %1$s"
					questions:
					  - 表示テストの記事を見たい
					category: troubleshooting
					lang: ja
					---
					表示テストの本文です。%1$s <script>window.pwned=1</script>

					[リンク](javascript:window.pwned=1) [もうひとつ](java&#115;cript:window.pwned=1)
					<a href="#" onclick="window.pwned=1">クリック</a>
					""".formatted(CANARY), StandardCharsets.UTF_8);
			return dir;
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not prepare the test content in " + dir, ex);
		}
	}

}
