package dev.fureai.agents;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import dev.fureai.testing.Browsers;

/**
 * Both sides of a live chat in two real browsers (Debian chromium + chromedriver) against
 * the demo profile: the high-touch demo customer on the demo page asks for a person, the
 * high-touch CSM csm-sato (demo-sato) sees it live in the console, takes it, replies with
 * a canned FAQ link, and the customer sees the reply with the agent's name; the customer
 * answers and the agent sees it. Skipped, loudly, where chromium is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:live-chat-browser;DB_CLOSE_DELAY=-1",
				"fureai.content.watch=false" })
@ActiveProfiles("demo")
class LiveChatBrowserTests {

	@TempDir
	static Path temp;

	static ChromeDriver customer;

	static ChromeDriver agent;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowsers() throws IOException {
		customer = Browsers.start(LiveChatBrowserTests.class, temp.resolve("customer"));
		agent = Browsers.start(LiveChatBrowserTests.class, temp.resolve("agent"));
	}

	@AfterAll
	static void stopBrowsers() {
		for (ChromeDriver browser : new ChromeDriver[] { customer, agent }) {
			if (browser != null) {
				browser.quit();
			}
		}
	}

	@Test
	void aHighTouchCustomerAndTheirCsmChatInTwoWindows() {
		// the CSM signs in and the console connects
		agent.get(url("/login"));
		agent.findElement(By.id("username")).sendKeys("csm-sato");
		agent.findElement(By.id("password")).sendKeys("demo-sato");
		agent.findElement(By.id("sign-in")).click();
		wait(agent, ExpectedConditions.attributeToBe(By.tagName("body"), "data-connected", "true"));

		// the high-touch demo customer asks for a person on the demo page
		customer.get(url("/"));
		wait(customer, ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-tier=high]"))).click();
		wait(customer, ExpectedConditions.textToBePresentInElementLocated(By.id("demo-signin-status"), "ハイタッチ"));
		wait(customer, ExpectedConditions.elementToBeClickable(By.cssSelector(".fw-launcher"))).click();
		wait(customer, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fw-input")));
		wait(customer, (d) -> d.findElement(By.cssSelector(".fw-status")).getText().isEmpty());
		WebElement input = customer.findElement(By.cssSelector(".fw-input"));
		input.sendKeys("担当者と話したい");
		input.sendKeys(Keys.ENTER);
		wait(customer, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fw-escalated")));

		// the CSM sees it live, opens it and takes it
		WebElement entry = wait(agent,
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queues [data-escalation]")));
		assertThat(entry.getText()).contains("高橋製作所", "担当者と話したい");
		entry.findElement(By.tagName("button")).click();
		wait(agent, ExpectedConditions.elementToBeClickable(By.id("take-this"))).click();
		wait(agent, ExpectedConditions.presenceOfElementLocated(By.id("reply")));

		// the customer's widget says who answers
		wait(customer,
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fw-agent-bar"), "佐藤さんが対応しています"));

		// a canned reply: search the FAQ from the console and insert the article link
		agent.findElement(By.cssSelector("details.canned summary")).click();
		agent.findElement(By.id("article-search")).sendKeys("領収書");
		wait(agent, ExpectedConditions.elementToBeClickable(By.cssSelector("#article-results li button"))).click();
		WebElement reply = agent.findElement(By.id("reply"));
		assertThat(reply.getAttribute("value")).contains("/articles/");
		reply.sendKeys(Keys.END, "\nご不明な点があればお知らせください。");
		agent.findElement(By.id("send-reply")).click();

		// the customer sees it with the agent's name; the article path is the only link
		WebElement message = wait(customer,
				ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fw-msg-agent")));
		assertThat(message.findElement(By.cssSelector(".fw-agent-name")).getText()).isEqualTo("佐藤さん");
		assertThat(message.getText()).contains("ご不明な点があればお知らせください");
		List<WebElement> links = message.findElements(By.tagName("a"));
		assertThat(links).hasSize(1);
		assertThat(links.get(0).getAttribute("href")).startsWith(url("/articles/"));

		// HTML and foreign links from an agent stay text
		reply = agent.findElement(By.id("reply"));
		reply.sendKeys("<img src=x onerror=window.pwned=1> https://evil.example/articles/x");
		agent.findElement(By.id("send-reply")).click();
		wait(customer, (d) -> d.findElements(By.cssSelector(".fw-msg-agent")).size() == 2 ? true : null);
		WebElement second = customer.findElements(By.cssSelector(".fw-msg-agent")).get(1);
		assertThat(second.getText()).contains("<img src=x onerror=window.pwned=1>", "https://evil.example/articles/x");
		assertThat(second.findElements(By.tagName("a"))).isEmpty();
		assertThat(customer.executeScript(
				"return window.pwned === undefined && document.querySelectorAll('.fw-msg-agent img').length === 0"))
			.isEqualTo(true);

		// the customer answers; the agent sees it live
		input = customer.findElement(By.cssSelector(".fw-input"));
		input.sendKeys("ありがとうございます。確認します");
		input.sendKeys(Keys.ENTER);
		wait(agent, ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "ありがとうございます。確認します"));
		assertThat(agent.findElements(By.cssSelector("#transcript [data-id]"))
			.stream()
			.map((line) -> line.getAttribute("data-id"))
			.toList()).doesNotHaveDuplicates();

		// after a reload the customer finds the agent's messages once each
		customer.navigate().refresh();
		wait(customer, (d) -> d.findElements(By.cssSelector(".fw-msg-agent")).size() == 2 ? true : null);
		wait(customer,
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fw-agent-bar"), "佐藤さんが対応しています"));
	}

	private static <T> T wait(WebDriver browser, Function<? super WebDriver, T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
