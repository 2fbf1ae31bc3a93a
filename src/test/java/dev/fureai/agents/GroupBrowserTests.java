package dev.fureai.agents;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import dev.fureai.content.Article;
import dev.fureai.content.ContentScanner;
import dev.fureai.content.FaqDrafts;
import dev.fureai.routing.EscalationStatus;
import dev.fureai.routing.Escalations;
import dev.fureai.testing.Browsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-to-many in a real browser (Debian chromium + chromedriver): three low-touch
 * customers (real STOMP clients) ask the same thing and ask for a person; the low-touch
 * CSM's console shows them as one group with its reason, one answer typed once reaches
 * all three, and the FAQ draft file appears with their phrasings. Skipped, loudly, where
 * chromium or chromedriver is not installed.
 */
@GroupsServerTest
class GroupBrowserTests {

	@TempDir
	static Path temp;

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Escalations escalations;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	FaqDrafts drafts;

	private final List<WaitingCustomer> customers = new ArrayList<>();

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browsers.start(GroupBrowserTests.class, temp.resolve("profile"));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void emptyLowTouchPool() {
		GroupFixtures.abandonWaiting(this.escalations, this.transactions);
	}

	@AfterEach
	void hangUp() {
		this.customers.forEach(WaitingCustomer::close);
	}

	@Test
	void threeLowTouchCustomersAskingTheSameThingGetOneGroupAnswerAndTheDraftFileAppears() throws Exception {
		signIn("csm-suzuki", "suzuki-pass");
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("groups"), "同じ内容の質問はいまありません"));
		// the card stays beside the queues; the groups come below both, not between them
		Rectangle queues = browser.findElement(By.id("queues")).getRect();
		Rectangle card = browser.findElement(By.id("card")).getRect();
		Rectangle groups = browser.findElement(By.id("groups")).getRect();
		assertThat(card.getX()).isGreaterThanOrEqualTo(queues.getX() + queues.getWidth());
		assertThat(card.getY()).isEqualTo(queues.getY());
		assertThat(groups.getY())
			.isGreaterThanOrEqualTo(Math.max(queues.getY() + queues.getHeight(), card.getY() + card.getHeight()));

		List<String> questions = List.of("パスワードを忘れました", "パスワードを忘れてしまいました", "パスワード忘れた");
		List<String> names = List.of("low-taki", "low-chiba", "low-tsuda");
		for (int i = 0; i < 3; i++) {
			WaitingCustomer customer = WaitingCustomer.connect(this.port, names.get(i));
			this.customers.add(customer);
			customer.ask(questions.get(i));
			customer.askForPerson();
		}

		// live: the queue push makes the console re-read its groups
		By group = By.cssSelector("#groups [data-group]");
		wait((d) -> d.findElements(By.cssSelector("#groups [data-group] input[type=checkbox]")).size() == 3);
		assertThat(browser.findElements(group)).hasSize(1);
		wait(ExpectedConditions.textMatches(By.cssSelector("#groups .group-reason"),
				java.util.regex.Pattern.compile("^同じ記事: .*パスワード.*（3人）$")));
		wait((d) -> {
			String text = d.findElement(group).getText();
			return text.contains("滝 悠真") && text.contains("千葉 紬") && text.contains("津田 颯")
					&& text.contains("「パスワードを忘れました」");
		});

		String answer = "ログイン画面の「パスワードをお忘れですか？」から再設定できます。";
		wait((d) -> {
			// focused, the answer box is never re-rendered under the agent's hands
			d.findElement(By.cssSelector("#groups .group-answer")).click();
			return true;
		});
		browser.findElement(By.cssSelector("#groups .group-answer")).sendKeys(answer);
		browser.findElement(By.cssSelector("#groups .group-send")).click();

		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("group-result"), "3 件に送って解決しました"));
		for (WaitingCustomer customer : this.customers) {
			assertThat(customer.await("agent_message").path("text").asString()).isEqualTo(answer);
			assertThat(this.escalations.find(customer.escalationId()).orElseThrow().status())
				.isEqualTo(EscalationStatus.RESOLVED);
		}
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("groups"), "同じ内容の質問はいまありません"));

		WebElement title = browser.findElement(By.id("draft-title"));
		title.clear();
		title.sendKeys("パスワードを忘れたときは");
		browser.findElement(By.id("draft-save")).click();
		WebElement saved = wait(ExpectedConditions.presenceOfElementLocated(By.id("draft-file")));
		assertThat(saved.getText()).endsWith("drafts/パスワードを忘れたときは.md");
		// the notice says it in the language switched to at once (both switches in one
		// script, while it is up)
		assertThat(browser.executeScript("const notice = document.getElementById('notice');"
				+ " const toggle = document.getElementById('lang-switch');"
				+ " const shown = () => (notice.hidden ? null : notice.textContent);"
				+ " toggle.click(); const english = shown(); toggle.click(); return [english, shown()];"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
			.satisfiesExactly((english) -> assertThat(english).startsWith("Draft saved: ").endsWith("忘れたときは.md"),
					(japanese) -> assertThat(japanese).startsWith("下書きを保存しました: ").endsWith("忘れたときは.md"));
		Path file = this.drafts.directory().resolve("パスワードを忘れたときは.md");
		assertThat(file).exists();
		Article draft = ContentScanner.scan(this.drafts.directory())
			.articles()
			.values()
			.stream()
			.filter((a) -> a.title().equals("パスワードを忘れたときは"))
			.findFirst()
			.orElseThrow();
		assertThat(draft.questions()).containsExactlyElementsOf(questions);

		browser.findElement(By.id("lang-switch")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#groups h2"), "Answer together"));
		browser.findElement(By.id("lang-switch")).click();
	}

	@Test
	void customersQuestionsInAGroupAreShownAsTextNeverAsHtml() throws Exception {
		String question = "<img src=x onerror=window.pwned=1>パスワードを忘れました";
		for (String id : List.of("low-ota", "low-kudo")) {
			WaitingCustomer customer = WaitingCustomer.connect(this.port, id);
			this.customers.add(customer);
			customer.ask(question);
			customer.askForPerson();
		}
		signIn("csm-kato", "kato-pass");

		wait((d) -> d.findElements(By.cssSelector("#groups [data-group] input[type=checkbox]")).size() == 2);
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("groups"), "「" + question + "」"));
		assertThat(browser.executeScript(
				"return window.pwned === undefined && document.querySelectorAll('#groups img').length === 0"))
			.isEqualTo(true);
	}

	/**
	 * A colleague takes one customer while the agent writes the group answer: the result
	 * names that customer as the group showed them, not by the escalation's id.
	 */
	@Test
	void aCustomerTakenInBetweenIsNamedInTheResultNotNumbered() throws Exception {
		WaitingCustomer kudo = WaitingCustomer.connect(this.port, "low-kudo");
		WaitingCustomer saito = WaitingCustomer.connect(this.port, "low-saito");
		this.customers.add(kudo);
		this.customers.add(saito);
		kudo.ask("CSVで取引先を一括登録したい");
		kudo.askForPerson();
		saito.ask("取引先をCSVでまとめて登録する方法");
		saito.askForPerson();
		signIn("csm-suzuki", "suzuki-pass");
		wait((d) -> d.findElements(By.cssSelector("#groups [data-group] input[type=checkbox]")).size() == 2);
		wait((d) -> {
			d.findElement(By.cssSelector("#groups .group-answer")).click();
			return true;
		});
		browser.findElement(By.cssSelector("#groups .group-answer")).sendKeys("「設定」→「データ取り込み」からCSVで登録できます。");

		AgentBrowser kato = new AgentBrowser(this.port);
		kato.signIn("csm-kato", "kato-pass");
		assertThat(kato.post("/api/agent/escalations/" + saito.escalationId() + "/claim", "").statusCode())
			.isEqualTo(200);
		Thread.sleep(1000); // the push arrives; the group being written is not
							// re-rendered
		browser.findElement(By.cssSelector("#groups .group-send")).click();

		WebElement left = wait(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#group-result .group-left-out li[data-escalation]")));
		assertThat(left.getDomAttribute("data-escalation")).isEqualTo(saito.escalationId());
		assertThat(left.getText()).startsWith("斎藤 湊 ／ さいとう商店株式会社: ほかの担当者が対応中").doesNotContain(saito.escalationId());
	}

	private void signIn(String user, String password) {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + this.port + "/login");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		wait(ExpectedConditions.attributeToBe(By.tagName("body"), "data-connected", "true"));
	}

	private static <T> T wait(ExpectedCondition<T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(15))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition);
	}

}
