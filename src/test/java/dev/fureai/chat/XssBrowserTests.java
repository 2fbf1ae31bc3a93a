package dev.fureai.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.fureai.fuzzing.XssPayloads;
import dev.fureai.testing.Browsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More than 1,000 XSS payloads ({@link XssPayloads}) through every place the product
 * shows outside text, in a real browser (Debian chromium + chromedriver) against the
 * running application: article pages rendered from Markdown that carries them; the chat
 * widget showing them as the customer's own questions and showing bot answers from those
 * articles; the agents' console showing them as customer questions, customer names and
 * company names on the queue and the context card. Nothing may execute (a
 * {@code window.pwned} canary that every payload sets; the page's Content-Security-Policy
 * is bypassed, so the canary tests the escaping and sanitising, not the CSP) and the DOM
 * may hold no {@code on*} attribute, script URL or foreign script/frame/object element.
 * Skipped, loudly, where chromium or chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:xss-browser;DB_CLOSE_DELAY=-1", "fureai.content.watch=false",
				"fureai.identity.jwt-secret=" + Tokens.SECRET, "fureai.customers.known-agents=csm-sato",
				"fureai.agents.accounts[0].id=csm-sato", "fureai.agents.accounts[0].name=佐藤 花子",
				"fureai.agents.accounts[0].password={noop}sato-pass",
				"fureai.agents.accounts[0].roles=HIGH_TOUCH_CSM,LOW_TOUCH_CSM",
				// one connection sends every payload; a resume returns a whole batch
				"fureai.chat.messages-per-minute=100000", "fureai.chat.history-limit=400" })
class XssBrowserTests {

	private static final List<String> PAYLOADS = XssPayloads.all();

	private static final int PER_ARTICLE = 40;

	private static final int ARTICLES = (PAYLOADS.size() + PER_ARTICLE - 1) / PER_ARTICLE;

	private static final int CUSTOMERS = 40;

	private static final List<String> NAMES = XssPayloads.singleLine(200);

	/** Markdown around a payload in an article: the contexts a writer uses. */
	private static final List<String> CONTEXTS = List.of("%s", "前の文 %s 後の文", "- %s", "> %s", "| 列 |\n|---|\n| %s |");

	/**
	 * Reports what in the DOM could run script: on* attributes, script URLs (as the
	 * browser reads them: controls and white space removed), script elements that are not
	 * the application's own, frames, objects, embeds, base and meta refresh.
	 */
	private static final String SCAN = """
			const found = [];
			const own = (s) => /^\\/[a-z-]+\\.js$/.test(s.getAttribute('src') || '');
			for (const e of document.querySelectorAll('*')) {
			  const tag = e.tagName.toLowerCase();
			  if (tag === 'script' && !own(e)) found.push('script: ' + e.outerHTML.slice(0, 120));
			  if (['iframe', 'frame', 'object', 'embed', 'base', 'applet'].includes(tag)) found.push(tag + ': ' + e.outerHTML.slice(0, 120));
			  if (tag === 'meta' && /refresh/i.test(e.getAttribute('http-equiv') || '')) found.push('meta refresh');
			  for (const a of e.attributes) {
			    const name = a.name.toLowerCase();
			    const value = a.value.replace(/[\\u0000-\\u0020\\u007f-\\u009f]/g, '').toLowerCase();
			    if (name.startsWith('on')) found.push(tag + ' ' + name + '=' + a.value.slice(0, 80));
			    if (/^(javascript|vbscript|livescript|data):/.test(value)) found.push(tag + ' ' + name + '=' + a.value.slice(0, 80));
			  }
			}
			if (window.pwned !== undefined) found.push('window.pwned=' + window.pwned);
			return found;""";

	@TempDir
	static Path temp;

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void data(DynamicPropertyRegistry registry) {
		registry.add("fureai.content.dir", () -> content().toString());
		registry.add("fureai.customers.import", () -> customers().toString());
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browsers.start(XssBrowserTests.class, temp.resolve("profile"));
		browser.executeCdpCommand("Page.enable", Map.of());
		// the canary must see what the escaping lets through, not what the CSP stops
		browser.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", "window.alert = window.confirm = window.prompt = () => { window.pwned = 1; };"));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theHarnessSeesAnExecutedPayload() {
		browser.get(url("/articles/xss-000"));
		script("document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=window.pwned=1>')");
		wait((driver) -> Boolean.TRUE.equals(script("return window.pwned === 1")));
		assertThat(scan()).anyMatch((finding) -> finding.startsWith("img onerror")).contains("window.pwned=1");
	}

	@Test
	void articlePagesExecuteNothing() {
		assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(1000);
		System.out.println("xss: " + PAYLOADS.size() + " payloads in " + ARTICLES + " articles");
		List<String> findings = new ArrayList<>();
		for (int n = 0; n < ARTICLES; n++) {
			String id = "xss-%03d".formatted(n);
			browser.get(url("/articles/" + id));
			assertThat(browser.getTitle() + browser.findElement(By.tagName("h1")).getText()).as(id)
				.contains("XSS検査 " + n);
			findings.addAll(settledScan(id));
		}
		assertThat(findings).isEmpty();
	}

	@Test
	void theWidgetShowsPayloadQuestionsAndAnswersFromPayloadArticlesAsInert() throws Exception {
		browser.get(url("/"));
		script("localStorage.clear(); sessionStorage.clear();");
		browser.navigate().refresh();
		openWidget();
		// kept once the server's resumed message has arrived
		String visitor = wait((driver) -> (String) script("return localStorage.getItem('fureai.visitor')"));
		List<String> conversations = new ArrayList<>();
		List<Integer> asked = new ArrayList<>();
		try (StompTestClient chat = StompTestClient.connect(this.port, Map.of(StompGate.VISITOR_HEADER, visitor))) {
			for (int from = 0; from < PAYLOADS.size(); from += 150) {
				List<String> questions = PAYLOADS.subList(from, Math.min(PAYLOADS.size(), from + 150));
				conversations.add(askAll(chat, questions.stream().map((q) -> q.strip().isEmpty() ? "x" : q).toList()));
				asked.add(questions.size());
			}
			List<String> articleQuestions = new ArrayList<>();
			for (int n = 0; n < ARTICLES; n++) {
				articleQuestions.add("XSS検査記事 %03d について".formatted(n));
			}
			conversations.add(askAll(chat, articleQuestions));
			asked.add(articleQuestions.size());
		}
		List<String> findings = new ArrayList<>();
		java.util.Set<Object> shown = new java.util.HashSet<>();
		int answers = 0;
		for (int i = 0; i < conversations.size(); i++) {
			script("localStorage.setItem('fureai.conversation.visitor', arguments[0])", conversations.get(i));
			browser.navigate().refresh();
			int expected = asked.get(i);
			wait((driver) -> driver.findElements(By.cssSelector(".fw-msg-customer")).size() >= expected);
			answers += browser.findElements(By.cssSelector(".fw-answer, .fw-choice")).size();
			shown.addAll((List<?>) script(
					"return Array.from(document.querySelectorAll('.fw-msg-customer .fw-text')).map((e) => e.textContent)"));
			findings.addAll(settledScan("widget conversation " + i));
		}
		System.out.println("xss: widget showed " + PAYLOADS.size() + " payload questions and " + answers
				+ " answers and choices in " + conversations.size() + " conversations");
		assertThat(PAYLOADS.stream().filter(shown::contains).count()).as("payloads shown literally as questions")
			.isGreaterThanOrEqualTo(PAYLOADS.size() * 9L / 10);
		assertThat(answers).as("bot answers shown").isGreaterThanOrEqualTo(ARTICLES / 2);
		assertThat(findings).isEmpty();
	}

	@Test
	void theConsoleShowsPayloadNamesCompaniesAndQuestionsAsInert() throws Exception {
		int perCustomer = (PAYLOADS.size() + CUSTOMERS - 1) / CUSTOMERS;
		for (int c = 0; c < CUSTOMERS; c++) {
			List<String> questions = PAYLOADS.subList(Math.min(PAYLOADS.size(), c * perCustomer),
					Math.min(PAYLOADS.size(), (c + 1) * perCustomer));
			try (StompTestClient chat = StompTestClient.connect(this.port, Map.of("Authorization",
					"Bearer " + Tokens.hs256(customerId(c), Instant.now().plusSeconds(3600))))) {
				String conversation = askAll(chat,
						questions.stream().map((q) -> q.strip().isEmpty() ? "x" : q).toList());
				chat.send(new ClientMessage.AskForPerson("person-" + c, conversation, null));
				ServerMessage.Escalated escalated = replyTo(chat, "person-" + c, ServerMessage.Escalated.class);
				assertThat(escalated.outcome()).as(customerId(c)).isIn("queued", "already_queued");
			}
		}
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("csm-sato");
		browser.findElement(By.id("password")).sendKeys("sato-pass");
		browser.findElement(By.id("sign-in")).click();
		wait(ExpectedConditions.attributeToBe(By.tagName("body"), "data-connected", "true"));
		List<WebElement> rows = wait((driver) -> {
			List<WebElement> found = driver.findElements(By.cssSelector("#queues [data-escalation]"));
			return (found.size() >= CUSTOMERS) ? found : null;
		});
		List<String> findings = new ArrayList<>(settledScan("console queues"));
		System.out.println("xss: console showed " + rows.size() + " queue entries");
		String queues = (String) script("return document.getElementById('queues').textContent");
		assertThat(java.util.stream.IntStream.range(0, CUSTOMERS)
			.filter((c) -> queues.contains(NAMES.get((2 * c) % NAMES.size())))
			.count()).as("payload names shown literally on the queue").isGreaterThanOrEqualTo(CUSTOMERS * 3L / 4);
		List<String> ids = rows.stream().map((row) -> row.getAttribute("data-escalation")).toList();
		for (String id : ids) {
			// by script: the open card may cover the row's button
			script("arguments[0].click()",
					browser.findElement(By.cssSelector("#queues [data-escalation='" + id + "'] button")));
			wait(ExpectedConditions.attributeToBe(By.id("card"), "data-escalation", id));
			wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#card .transcript")));
			findings.addAll(settledScan("context card " + id));
		}
		assertThat(findings).isEmpty();
	}

	/** Asks every question in one new conversation; returns its id. */
	private static String askAll(StompTestClient chat, List<String> questions) throws InterruptedException {
		String conversation = null;
		String prefix = "q-" + java.util.UUID.randomUUID() + "-";
		for (int i = 0; i < questions.size(); i++) {
			String id = prefix + i;
			chat.send(new ClientMessage.Ask(id, conversation, questions.get(i)));
			ServerMessage reply;
			try {
				reply = replyTo(chat, id, ServerMessage.class);
			}
			catch (AssertionError ex) {
				throw new AssertionError(
						"no reply to question " + i + " of conversation " + conversation + ": " + questions.get(i), ex);
			}
			assertThat(reply).as("reply to " + questions.get(i)).isNotInstanceOf(ServerMessage.Error.class);
			conversation = reply.conversationId();
		}
		return conversation;
	}

	/**
	 * The first reply to a message; replies to earlier ones (escalations) are passed
	 * over.
	 */
	private static <T extends ServerMessage> T replyTo(StompTestClient chat, String id, Class<T> type)
			throws InterruptedException {
		ServerMessage message = chat.next();
		while (!id.equals(message.replyTo()) || !type.isInstance(message)) {
			message = chat.next();
		}
		return type.cast(message);
	}

	private void openWidget() {
		wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".fw-launcher"))).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fw-input")));
		wait((driver) -> driver.findElement(By.cssSelector(".fw-status")).getText().isEmpty());
	}

	/** Scans once every image has loaded or failed, so that onerror would have run. */
	private List<String> settledScan(String where) {
		wait((driver) -> Boolean.TRUE.equals(script(
				"return document.readyState === 'complete' && Array.from(document.images).every((i) => i.complete)")));
		return scan().stream().map((finding) -> where + ": " + finding).toList();
	}

	@SuppressWarnings("unchecked")
	private List<String> scan() {
		return (List<String>) script(SCAN);
	}

	private Object script(String script, Object... args) {
		return browser.executeScript(script, args);
	}

	private <T> T wait(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(60))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String customerId(int c) {
		return "xss-customer-%02d".formatted(c);
	}

	/** The sample content plus the payload articles, 40 payloads each. */
	private static Path content() {
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
			Files.createDirectories(dir.resolve("troubleshooting"));
			for (int n = 0; n < ARTICLES; n++) {
				StringBuilder body = new StringBuilder("XSS検査記事 %03d の本文です。\n\n".formatted(n));
				List<String> batch = PAYLOADS.subList(n * PER_ARTICLE,
						Math.min(PAYLOADS.size(), (n + 1) * PER_ARTICLE));
				for (int i = 0; i < batch.size(); i++) {
					if (i % 8 == 0) {
						body.append("## 見出し ").append(i).append(' ').append(oneLine(batch.get(i))).append("\n\n");
					}
					body.append(CONTEXTS.get(i % CONTEXTS.size()).formatted(batch.get(i))).append("\n\n");
				}
				String title = "XSS検査 " + n + " " + oneLine(NAMES.get(n % NAMES.size()));
				Files.writeString(dir.resolve("troubleshooting/xss-%03d.md".formatted(n)), """
						---
						id: xss-%03d
						title: '%s'
						questions:
						  - 'XSS検査記事 %03d について'
						category: troubleshooting
						lang: ja
						---
						%s""".formatted(n, title.replace("'", "''"), n, body), StandardCharsets.UTF_8);
			}
			return dir;
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not prepare the test content in " + dir, ex);
		}
	}

	/** High-touch customers whose names and companies are payloads. */
	private static Path customers() {
		StringBuilder csv = new StringBuilder(
				"id,name,company,average_order_value,purchases_per_year,retention_years,plan\n");
		for (int c = 0; c < CUSTOMERS; c++) {
			csv.append(customerId(c))
				.append(',')
				.append(quoted(NAMES.get((2 * c) % NAMES.size())))
				.append(',')
				.append(quoted(NAMES.get((2 * c + 1) % NAMES.size())))
				.append(",350000,12,3,エンタープライズ\n");
		}
		try {
			Path file = Files.createDirectories(temp.resolve("customers")).resolve("customers.csv");
			Files.writeString(file, csv, StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String quoted(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

	private static String oneLine(String payload) {
		return payload.replaceAll("[\\u0000-\\u001f]", " ");
	}

}
