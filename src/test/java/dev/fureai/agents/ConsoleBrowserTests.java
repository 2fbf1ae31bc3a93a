package dev.fureai.agents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fureai.customers.CustomerId;
import dev.fureai.routing.ConversationRef;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.EscalationStatus;
import dev.fureai.routing.Escalations;
import dev.fureai.routing.Routing;

import dev.fureai.testing.Browsers;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (Debian chromium + chromedriver): sign in on the Japanese
 * login page, an escalation appears live, open it, take it, resolve it with a note; the
 * English switch. Skipped, loudly, where chromium or chromedriver is not installed.
 */
@AgentsServerTest
class ConsoleBrowserTests {

	/** demo-onboarding's tier reason in English, as routing writes it. */
	static final String ONBOARDING_EN = "onboarding until 2030-03-31 → high touch (LTV ¥720,000 < ¥1,000,000 → tech touch)";

	@TempDir
	static Path temp;

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Routing routing;

	@Autowired
	Escalations escalations;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browsers.start(ConsoleBrowserTests.class, temp.resolve("profile"));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aHighTouchCsmSeesAnEscalationLiveTakesItAndResolvesIt() {
		browser.manage().deleteAllCookies();
		browser.get(url("/console"));
		wait(ExpectedConditions.urlContains("/login"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("担当者ログイン");
		browser.findElement(By.id("username")).sendKeys("csm-sato");
		browser.findElement(By.id("password")).sendKeys("sato-pass");
		browser.findElement(By.id("sign-in")).click();
		wait(ExpectedConditions.urlContains("/console"));
		wait(ExpectedConditions.attributeToBe(By.tagName("body"), "data-connected", "true"));
		assertThat(browser.findElement(By.id("me")).getText()).contains("佐藤 花子");

		Escalation e = Escalate.askForPerson(this.routing, this.transactions, "demo-onboarding");
		By entry = By.cssSelector("[data-queue=HIGH_TOUCH] [data-escalation='" + e.id() + "']");
		WebElement row = wait(ExpectedConditions.presenceOfElementLocated(entry));
		assertThat(row.getText()).contains("ハイタッチ", "オンボーディング", "SLA");
		assertThat(browser.findElements(entry)).hasSize(1);

		row.findElement(By.tagName("button")).click();
		wait(ExpectedConditions.attributeToBe(By.id("card"), "data-escalation", e.id()));
		// 順番外 only with someone ahead of it (the server's TAKEN_IN_ORDER rule)
		boolean first = Boolean.TRUE.equals(browser
			.executeScript("return [...document.querySelectorAll('#queues .queue:not(.mine)')].some((q) => {"
					+ " const f = q.querySelector('[data-escalation]'); return f && f.dataset.escalation === arguments[0]; })",
					e.id()));
		assertThat(browser.findElement(By.id("take-this")).getText()).isEqualTo(first ? "この会話を担当する" : "この会話を担当する（順番外）");
		browser.findElement(By.id("take-this")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#card h2"), "対応中"));
		wait(ExpectedConditions.numberOfElementsToBe(entry, 0));
		// taken: listed under 対応中の会話, and nothing counts down any more
		WebElement mine = wait(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("[data-queue=mine] [data-escalation='" + e.id() + "']")));
		assertThat(mine.findElements(By.cssSelector(".wait, .sla[data-due]"))).isEmpty();
		assertThat(mine.getText()).contains("対応中").doesNotContain("待ち");

		browser.findElement(By.id("resolve-note")).sendKeys("オンボーディングの日程を案内しました");
		browser.findElement(By.id("resolve")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("card"), "対応中の会話はありません"));

		browser.findElement(By.id("lang-switch")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Agent console");
		try {
			// signing out of the English console ends on the English sign-in page
			browser.findElement(By.cssSelector("#logout button")).click();
			wait(ExpectedConditions.urlContains("/login?logout"));
			assertThat(browser.getCurrentUrl()).endsWith("&lang=en");
		}
		finally {
			// the other tests start in Japanese
			((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("localStorage.removeItem('fureai.console.lang')");
		}
	}

	/** Signed in on the English login page, the console speaks English too. */
	@Test
	void signingInOnTheEnglishPageOpensTheEnglishConsole() {
		browser.manage().deleteAllCookies();
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys("csm-sato");
		browser.findElement(By.id("password")).sendKeys("sato-pass");
		browser.findElement(By.id("sign-in")).click();
		wait(ExpectedConditions.attributeToBe(By.tagName("body"), "data-connected", "true"));
		try {
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Agent console");
			assertThat(browser.findElement(By.id("connection")).getText()).isEqualTo("connected");
			assertThat(browser.getCurrentUrl()).endsWith("/console");
			// remembered: a reload stays English
			browser.navigate().refresh();
			wait(ExpectedConditions.attributeToBe(By.tagName("body"), "data-connected", "true"));
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Agent console");
		}
		finally {
			browser.executeScript("localStorage.removeItem('fureai.console.lang')");
		}
	}

	@Test
	void onAPhoneTheConsoleFitsTheScreenWidth() {
		org.openqa.selenium.Dimension desktop = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 740));
			signIn("csm-both", "both-pass");
			Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);

			// the card opens below the queues: 詳細 brings it into view
			Escalation e = Escalate.askForPerson(this.routing, this.transactions, "demo-onboarding");
			WebElement row = wait(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector("[data-queue=HIGH_TOUCH] [data-escalation='" + e.id() + "']")));
			row.findElement(By.tagName("button")).click();
			wait(ExpectedConditions.attributeToBe(By.id("card"), "data-escalation", e.id()));
			Object top = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
					"const r = document.querySelector('#card h2').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;");
			assertThat(top).as("the card's heading is on the screen").isEqualTo(true);
		}
		finally {
			browser.manage().window().setSize(desktop);
		}
	}

	@Test
	void aCustomersQuestionIsShownAsTextNeverAsHtml() throws Exception {
		String question = "<img src=x onerror=window.pwned=1>請求書の宛名を変えたい";
		String conversation = CustomerChat.ask(this.port, "demo-partner", question).path("conversationId").asString();
		Escalation e = new TransactionTemplate(this.transactions)
			.execute((status) -> this.routing
				.onAskForPerson(ConversationRef.of(conversation, CustomerId.of("demo-partner")), null))
			.queue()
			.escalation();
		signIn("csm-both", "both-pass");
		WebElement row = wait(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-escalation='" + e.id() + "']")));
		assertThat(row.getText()).contains(question);
		row.findElement(By.tagName("button")).click();
		wait(ExpectedConditions.attributeToBe(By.id("card"), "data-escalation", e.id()));
		assertThat(browser.findElement(By.cssSelector("#card .transcript")).getText()).contains(question);
		assertThat(browser.executeScript(
				"return window.pwned === undefined && document.querySelectorAll('#queues img, #card img').length === 0"))
			.isEqualTo(true);
	}

	@Test
	void theCardSpeaksTheAgentsLanguageNotTheDatabases() throws Exception {
		Chosen chosen = takenAfterAChoice();
		assertSaidInWords("接続中");

		browser.findElement(By.id("lang-switch")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#card h2"), "in progress"));
		assertSaidInWords("connected");
		// the tier and its reason too; full-width brackets only in Japanese (customers'
		// and writers' words aside)
		String english = browser.findElement(By.id("queues")).getText() + "\n"
				+ browser.findElement(By.cssSelector("#card dl")).getText() + "\n"
				+ browser.findElement(By.id("me")).getText();
		assertThat(english).doesNotContain("（", "オンボーディング", "ハイタッチ")
			.contains("High touch", "(csm-sato)")
			.contains(ONBOARDING_EN);
		// as routing wrote it in English, in the queue, for the tier now and in its
		// history
		assertThat(browser.findElement(By.cssSelector("#queues [data-escalation='" + chosen.escalation() + "'] .meta"))
			.getText()).contains(ONBOARDING_EN);
		assertThat(browser.findElement(By.cssSelector("#card .tier-history")).getText()).contains(ONBOARDING_EN);
		browser.findElement(By.id("lang-switch")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("connection"), "接続中"));
		handBack();
	}

	/**
	 * The notice at the bottom speaks the new language as soon as it is switched, not
	 * only once it is gone 5 s later; back in Japanese at the next switch.
	 */
	@Test
	void theNoticeSwitchesLanguageAtOnce() throws Exception {
		takenAfterAChoice();
		click(By.id("hand-back"));
		click(By.id("hand-back-confirm"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "ボットに戻しました"));
		// both switches in one script: the notice is still up (it stays 5 s), and the
		// console ends in Japanese whatever the result
		Object said = browser.executeScript("const notice = document.getElementById('notice');"
				+ " const toggle = document.getElementById('lang-switch');"
				+ " const shown = () => (notice.hidden ? null : notice.textContent);"
				+ " toggle.click(); const english = shown(); toggle.click(); return [english, shown()];");
		assertThat(said).isEqualTo(List.of("Handed back to the bot", "ボットに戻しました"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("connection"), "接続中"));
	}

	@Test
	void theTranscriptNamesChoicesArticlesAndPeopleAsTheAgentKnowsThem() throws Exception {
		Chosen chosen = takenAfterAChoice();
		browser.findElement(By.id("reply")).sendKeys("佐藤です。ご案内します。");
		browser.findElement(By.id("send-reply")).click();

		// the fresh reply is named as it is after a reload; joining is news, not
		// someone's words
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#transcript .line.agent"),
				"佐藤: 佐藤です。ご案内します。"));
		WebElement transcript = browser.findElement(By.id("transcript"));
		assertThat(transcript.getText()).doesNotContain("担当者:", "佐藤: 佐藤さん")
			.contains("選択: " + chosen.title())
			.doesNotContain(chosen.address());
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#transcript .line.system"),
				"佐藤さんが対応を開始"));
		List<WebElement> shown = browser.findElements(By.cssSelector("#card .articles-shown a"));
		assertThat(shown).isNotEmpty().allSatisfy((a) -> {
			assertThat(a.getDomAttribute("href")).startsWith("/articles/");
			assertThat(a.getText()).doesNotContain("%", "/articles/");
		});

		// a re-render (here the language switch) keeps what was sent since the card was
		// read
		browser.findElement(By.id("lang-switch")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#card h2"), "in progress"));
		assertThat(browser.findElement(By.id("transcript")).getText()).contains("佐藤: 佐藤です。ご案内します。");
		browser.findElement(By.id("lang-switch")).click();
		handBack();
	}

	@Test
	void oneClickOnHandBackOnlyAsksInEitherLanguage() throws Exception {
		Chosen chosen = takenAfterAChoice();
		click(By.id("hand-back"));
		Thread.sleep(500); // time enough for a hand back to reach the server, were it
							// sent
		assertThat(this.escalations.find(chosen.escalation()).orElseThrow().status())
			.isEqualTo(EscalationStatus.CLAIMED);
		assertThat(browser.findElement(By.id("card")).getDomAttribute("data-status")).isEqualTo("CLAIMED");
		WebElement question = wait(ExpectedConditions.visibilityOfElementLocated(By.id("hand-back-question")));
		assertThat(question.getText()).isEqualTo("本当にボットに戻しますか？");
		assertThat(browser.findElement(By.id("hand-back-confirm")).getText()).isEqualTo("戻す");
		assertThat(browser.findElement(By.id("hand-back-cancel")).getText()).isEqualTo("キャンセル");
		// the second click of a double click lands where the button was: on the question
		assertThat(browser.findElements(By.id("hand-back"))).isEmpty();

		// Esc and キャンセル leave it as it was
		new Actions(browser).sendKeys(Keys.ESCAPE).perform();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("hand-back")));
		assertThat(browser.findElements(By.id("hand-back-question"))).isEmpty();
		click(By.id("hand-back"));
		click(By.id("hand-back-cancel"));
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("hand-back")));
		assertThat(this.escalations.find(chosen.escalation()).orElseThrow().status())
			.isEqualTo(EscalationStatus.CLAIMED);

		// nor does a double click
		new Actions(browser).doubleClick(browser.findElement(By.id("hand-back"))).perform();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("hand-back-question")));
		Thread.sleep(500);
		assertThat(this.escalations.find(chosen.escalation()).orElseThrow().status())
			.isEqualTo(EscalationStatus.CLAIMED);
		click(By.id("hand-back-cancel"));
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("hand-back")));

		// still asking after the language switch, now in English; 戻す hands back
		click(By.id("hand-back"));
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("hand-back-question")));
		browser.findElement(By.id("lang-switch")).click();
		try {
			wait(ExpectedConditions.textToBe(By.id("hand-back-question"), "Hand back to the bot?"));
			assertThat(browser.findElement(By.id("hand-back-cancel")).getText()).isEqualTo("Cancel");
			click(By.id("hand-back-confirm"));
			wait(ExpectedConditions.textToBePresentInElementLocated(By.id("card"), "No conversation open"));
			assertThat(this.escalations.find(chosen.escalation()).orElseThrow().status())
				.isEqualTo(EscalationStatus.RESOLVED);
		}
		finally {
			browser.findElement(By.id("lang-switch")).click();
		}
	}

	/**
	 * A pushed change re-renders the card while the agent writes: the reply field is the
	 * same element afterwards, still focused, with the text and the cursor where they
	 * were.
	 */
	@Test
	void aReRenderedCardKeepsTheReplyBeingWritten() throws Exception {
		takenAfterAChoice();
		WebElement reply = browser.findElement(By.id("reply"));
		reply.sendKeys("お調べしますので");
		browser.executeScript("arguments[0].setSelectionRange(2, 2)", reply);
		inEnglishRerendered(() -> {
			assertThat(browser.executeScript("return document.activeElement.id")).isEqualTo("reply");
			assertThat(browser.executeScript("return arguments[0].selectionStart", reply)).isEqualTo(2L);
			reply.sendKeys("、");
			assertThat(reply.getDomProperty("value")).isEqualTo("お調、べしますので");
		});
		handBack();
	}

	/**
	 * The resolve note is kept like the reply: a re-render (a push, the language switch)
	 * leaves the note being written, still focused, its placeholder in the new language.
	 */
	@Test
	void aReRenderedCardKeepsTheResolveNoteBeingWritten() throws Exception {
		takenAfterAChoice();
		WebElement note = browser.findElement(By.id("resolve-note"));
		note.sendKeys("請求書の再発行を案内");
		inEnglishRerendered(() -> {
			WebElement shown = browser.findElement(By.id("resolve-note"));
			assertThat(shown.getDomProperty("value")).isEqualTo("請求書の再発行を案内");
			assertThat(shown.getDomAttribute("placeholder")).isEqualTo("Note (required, at most 500 characters)");
			assertThat(browser.executeScript("return document.activeElement.id")).isEqualTo("resolve-note");
		});
		handBack();
	}

	/**
	 * A keyboard user asked 本当にボットに戻しますか？ is on キャンセル; a re-render while the question is
	 * open leaves the focus there (it fell to the page, and Enter did nothing).
	 */
	@Test
	void aReRenderKeepsTheKeyboardFocusOnTheSameControl() throws Exception {
		takenAfterAChoice();
		click(By.id("hand-back"));
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("hand-back-question")));
		assertThat(browser.executeScript("return document.activeElement.id")).isEqualTo("hand-back-cancel");
		inEnglishRerendered(() -> {
			assertThat(browser.executeScript("return document.activeElement.id")).isEqualTo("hand-back-cancel");
			new Actions(browser).sendKeys(Keys.ENTER).perform();
			wait(ExpectedConditions.visibilityOfElementLocated(By.id("hand-back")));
			assertThat(browser.findElements(By.id("hand-back-question"))).isEmpty();
		});
		handBack();
	}

	/**
	 * A re-render leaves the transfer target the agent chose (a transfer must not go to
	 * the first pool instead) and the canned-reply search being read.
	 */
	@Test
	void aReRenderedCardKeepsTheTransferTargetAndTheArticleSearch() throws Exception {
		takenAfterAChoice();
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("transfer-target")))
			.selectByValue("pool:LOW_TOUCH");
		browser.findElement(By.cssSelector("details.canned summary")).click();
		browser.findElement(By.id("article-search")).sendKeys("領収書");
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-results li button")));
		inEnglishRerendered(() -> {
			assertThat(browser.findElement(By.id("transfer-target")).getDomProperty("value"))
				.isEqualTo("pool:LOW_TOUCH");
			assertThat(browser.findElement(By.cssSelector("details.canned")).getDomProperty("open")).isEqualTo("true");
			assertThat(browser.findElement(By.id("article-search")).getDomProperty("value")).isEqualTo("領収書");
			assertThat(browser.executeScript("return document.activeElement.id")).isEqualTo("article-search");
			WebElement insert = wait(
					ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-results li button")));
			assertThat(insert.getText()).isEqualTo("Insert");
		});
		handBack();
	}

	/**
	 * A long transcript shows its latest line when the card is opened and when it is
	 * re-rendered, not its first one (the agent would not see what the customer just
	 * wrote).
	 */
	@Test
	void theTranscriptShowsItsLatestLine() throws Exception {
		Chosen chosen = takenAfterAChoice();
		for (int i = 1; i <= 12; i++) {
			WebElement reply = browser.findElement(By.id("reply"));
			reply.sendKeys("確認しています " + i);
			browser.findElement(By.id("send-reply")).click();
			int sent = i;
			wait((driver) -> driver.findElement(By.id("transcript")).getText().contains("確認しています " + sent));
		}
		String atTheEnd = "const t = document.getElementById('transcript');"
				+ " return t.scrollHeight > t.clientHeight && t.scrollTop + t.clientHeight >= t.scrollHeight - 2;";
		assertThat(browser.executeScript(atTheEnd)).isEqualTo(true);
		inEnglishRerendered(() -> {
			assertThat(browser.executeScript(atTheEnd)).as("after a re-render").isEqualTo(true);
		});
		browser.navigate().refresh();
		wait(ExpectedConditions.attributeToBe(By.tagName("body"), "data-connected", "true"));
		wait(ExpectedConditions.elementToBeClickable(
				By.cssSelector("[data-queue=mine] [data-escalation='" + chosen.escalation() + "'] button")))
			.click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("reply")));
		assertThat(browser.executeScript(atTheEnd)).as("a card opened").isEqualTo(true);
		handBack();
	}

	/**
	 * Re-renders the card like a pushed update, in English, runs the checks and switches
	 * back. Pressed from a script: a real click would move the focus to the switch.
	 */
	private static void inEnglishRerendered(ThrowingRunnable checks) throws Exception {
		browser.executeScript("document.getElementById('lang-switch').click()");
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("connection"), "connected"));
		try {
			checks.run();
		}
		finally {
			browser.executeScript("document.getElementById('lang-switch').click()");
			wait(ExpectedConditions.textToBePresentInElementLocated(By.id("connection"), "接続中"));
		}
	}

	interface ThrowingRunnable {

		void run() throws Exception;

	}

	/**
	 * demo-onboarding asks 請求書, picks the first choice, asks for a person; csm-sato takes
	 * it.
	 */
	private Chosen takenAfterAChoice() throws Exception {
		Chosen chosen;
		try (CustomerSession customer = CustomerSession.connect(this.port, "demo-onboarding")) {
			customer.send(Map.of("type", "ask", "id", "q-1", "text", "請求書"));
			JsonNode clarify = customer.replyTo("q-1");
			assertThat(clarify.path("type").asString()).isEqualTo("clarify");
			String conversation = clarify.path("conversationId").asString();
			JsonNode choice = clarify.path("choices").get(0);
			customer.send(Map.of("type", "choose", "id", "c-1", "conversationId", conversation, "clarifyId",
					clarify.path("id").asString(), "choice", choice.path("address").asString()));
			customer.replyTo("c-1");
			customer.send(Map.of("type", "ask_for_person", "id", "p-1", "conversationId", conversation));
			chosen = new Chosen(customer.replyTo("p-1").path("queue").path("escalationId").asString(),
					choice.path("title").asString(), choice.path("address").asString());
		}
		signIn("csm-sato", "sato-pass");
		WebElement row = wait(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#queues [data-escalation='" + chosen.escalation() + "']")));
		// an onboarding customer's tier reason names the LTV: it is said once
		assertThat(row.getText().split("LTV", -1)).hasSize(2);
		row.findElement(By.tagName("button")).click();
		wait(ExpectedConditions.attributeToBe(By.id("card"), "data-escalation", chosen.escalation()));
		browser.findElement(By.id("take-this")).click();
		wait(ExpectedConditions.attributeToBe(By.id("card"), "data-status", "CLAIMED"));
		return chosen;
	}

	private static void handBack() {
		click(By.id("hand-back"));
		click(By.id("hand-back-confirm"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("card"), "対応中の会話はありません"));
	}

	/**
	 * Clicks once the card stops re-rendering under it (the take's own push re-reads it).
	 */
	private static void click(By button) {
		wait((driver) -> {
			driver.findElement(button).click();
			return true;
		});
	}

	record Chosen(String escalation, String title, String address) {

	}

	/**
	 * No enum, no ISO instant on the card or in the queues; the times say more on hover.
	 */
	private static void assertSaidInWords(String connection) {
		assertThat(browser.findElement(By.id("connection")).getText()).isEqualTo(connection);
		String shown = browser.findElement(By.id("queues")).getText() + "\n"
				+ browser.findElement(By.id("card")).getText();
		assertThat(shown)
			.doesNotContainPattern(
					"\\b(WAITING|CLAIMED|RESOLVED|ABANDONED|TAKEN_[A-Z_]+|[A-Z]+_TOUCH|ASKED_FOR_PERSON)\\b")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
		List<WebElement> times = browser.findElements(By.cssSelector("#card time.when"));
		assertThat(times).isNotEmpty().allSatisfy((time) -> {
			assertThat(time.getText()).matches("(\\d{4}/)?\\d{2}/\\d{2} \\d{2}:\\d{2}");
			assertThat(time.getDomAttribute("title")).isNotBlank();
		});
	}

	private void signIn(String user, String password) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		wait(ExpectedConditions.attributeToBe(By.tagName("body"), "data-connected", "true"));
	}

	private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		// the page navigates (sign-in redirect, reload) while a condition looks at it:
		// the element is stale, or (ChromeDriver, mid-navigation) its node "does not
		// belong to the document"
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((driver) -> {
				try {
					return condition.apply(driver);
				}
				catch (org.openqa.selenium.WebDriverException ex) {
					if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
						return null;
					}
					throw ex;
				}
			});
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
