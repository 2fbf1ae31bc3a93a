package dev.fureai.agents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.fureai.customers.CustomerId;
import dev.fureai.routing.ConversationRef;
import dev.fureai.routing.Escalation;
import dev.fureai.routing.Routing;

import static org.assertj.core.api.Assertions.assertThat;
import dev.fureai.testing.Browsers;

/**
 * The console in a real browser (Debian chromium + chromedriver): sign in on the Japanese
 * login page, an escalation appears live, open it, take it, resolve it with a note; the
 * English switch. Skipped, loudly, where chromium or chromedriver is not installed.
 */
@AgentsServerTest
class ConsoleBrowserTests {

	@TempDir
	static Path temp;

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Routing routing;

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
		browser.findElement(By.id("take-this")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#card h2"), "CLAIMED"));
		wait(ExpectedConditions.numberOfElementsToBe(entry, 0));

		browser.findElement(By.id("resolve-note")).sendKeys("オンボーディングの日程を案内しました");
		browser.findElement(By.id("resolve")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("card"), "対応中の会話はありません"));

		browser.findElement(By.id("lang-switch")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Agent console");
		browser.findElement(By.id("lang-switch")).click();
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

	private void signIn(String user, String password) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		wait(ExpectedConditions.attributeToBe(By.tagName("body"), "data-connected", "true"));
	}

	private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		// the page navigates (sign-in redirect, reload) while a condition looks at it
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
