package dev.fureai;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

import dev.fureai.testing.Browsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help-center search page ({@code /search.html}) in a real browser (Debian chromium +
 * chromedriver) against the running application with the sample content. Skipped, loudly,
 * where chromium or chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:search-browser;DB_CLOSE_DELAY=-1", "fureai.content.watch=false" })
class SearchPageBrowserTests {

	@TempDir
	static Path temp;

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browsers.start(SearchPageBrowserTests.class, temp.resolve("profile"));
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
		browser.get(url("/search.html"));
	}

	@Test
	void theSuggestionsCloseAfterEnterAndStayClosedWhenTheirAnswerArrivesLate() throws InterruptedException {
		WebElement input = input();
		input.sendKeys("請求書"); // Enter before the debounced suggest request has even left
		input.sendKeys(Keys.ENTER);
		waitForStatus("件の記事が見つかりました");
		Thread.sleep(1000); // time for the suggest answer to come back
		assertThat(openSuggestions()).isEmpty();
		assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");
	}

	@Test
	void escClosesTheSuggestionsAndKeepsWhatWasTyped() {
		WebElement input = input();
		input.sendKeys("かいや");
		List<WebElement> options = waitForSuggestions();
		assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("true");
		input.sendKeys(Keys.ARROW_DOWN);
		assertThat(input.getDomAttribute("aria-activedescendant")).isEqualTo(options.getFirst().getDomAttribute("id"));
		assertThat(options.getFirst().getDomAttribute("aria-selected")).isEqualTo("true");

		input.sendKeys(Keys.ESCAPE);
		wait((driver) -> openSuggestions().isEmpty());
		assertThat(input.getDomProperty("value")).isEqualTo("かいや");
		assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(input.getDomAttribute("aria-activedescendant")).isNull();
	}

	@Test
	void leavingTheFieldClosesTheSuggestionsButAClickOnOneSearchesIt() {
		WebElement input = input();
		input.sendKeys("かいや");
		waitForSuggestions();
		browser.findElement(By.tagName("h1")).click();
		wait((driver) -> openSuggestions().isEmpty());

		input.click();
		input.sendKeys("く");
		WebElement first = waitForSuggestions().getFirst();
		String text = first.getText();
		first.click();
		waitForStatus("件の記事が見つかりました");
		assertThat(input.getDomProperty("value")).isEqualTo(text);
		assertThat(openSuggestions()).isEmpty();
	}

	@Test
	void aResultsTitleLinksToItsArticleAndItsSection() {
		search("請求書払いに切り替えたい");
		List<WebElement> titles = browser.findElements(By.cssSelector("#results > li > h2 a"));
		assertThat(titles).hasSize(browser.findElements(By.cssSelector("#results > li")).size());
		WebElement section = titles.stream()
			.filter((a) -> a.getText().contains(" — "))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"no section hit among " + titles.stream().map(WebElement::getText).toList()));
		String href = section.getDomProperty("href");
		assertThat(href).startsWith(url("/articles/")).contains("#");
		String title = section.getText().substring(0, section.getText().indexOf(" — "));

		section.click();
		wait(ExpectedConditions.urlToBe(href));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(script("return document.querySelector(':target')?.tagName")).isEqualTo("H2");
	}

	@Test
	void aListInAShownAnswerIsNotDrawnAsAResultCard() {
		search("請求書をダウンロードしたい");
		WebElement details = browser.findElement(By.cssSelector("#results > li details"));
		details.findElement(By.tagName("summary")).click();
		List<WebElement> items = details.findElements(By.cssSelector(".answer li"));
		assertThat(items).isNotEmpty();
		assertThat(items).allSatisfy((li) -> assertThat(li.getCssValue("box-shadow")).isEqualTo("none"));
		assertThat(browser.findElement(By.cssSelector("#results > li")).getCssValue("box-shadow")).isNotEqualTo("none");
	}

	@Test
	void theLanguageSwitchTranslatesWhatIsAlreadyOnThePage() {
		search("請求書をダウンロードしたい");
		String count = String.valueOf(browser.findElements(By.cssSelector("#results > li")).size());
		WebElement toggle = browser.findElement(By.id("lang-toggle"));
		assertThat(toggle.getAccessibleName()).isEqualTo("English");

		toggle.click();
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo(count + " article(s) found.");
		assertThat(browser.findElements(By.cssSelector("#results summary"))).isNotEmpty()
			.allSatisfy((summary) -> assertThat(summary.getText()).isEqualTo("Show answer"));
		assertThat(toggle.getAccessibleName()).isEqualTo("日本語");
		assertThat(script("return document.documentElement.lang")).isEqualTo("en");

		toggle.click();
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo(count + " 件の記事が見つかりました。");
		assertThat(toggle.getAccessibleName()).isEqualTo("English");
	}

	@Test
	void aSearchIsInTheAddressSoItCanBeSharedAndReloaded() {
		search("請求書をダウンロードしたい");
		String count = browser.findElement(By.id("status")).getText();
		assertThat(browser.getCurrentUrl())
			.isEqualTo(url("/search.html?q=" + URLEncoder.encode("請求書をダウンロードしたい", StandardCharsets.UTF_8)));

		browser.navigate().refresh();
		waitForStatus("件の記事が見つかりました");
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo(count);
		assertThat(input().getDomProperty("value")).isEqualTo("請求書をダウンロードしたい");
	}

	@Test
	void theBackButtonReturnsToThePreviousSearchAndThenToTheEmptyPage() {
		search("請求書をダウンロードしたい");
		String first = resultTitles().get(0);
		input().clear();
		input().sendKeys("パスワードを忘れた", Keys.ENTER);
		// the results are replaced when the address changes, then filled
		wait(ExpectedConditions.urlContains(URLEncoder.encode("パスワード", StandardCharsets.UTF_8)));
		wait((driver) -> !resultTitles().isEmpty());
		assertThat(resultTitles().get(0)).isNotEqualTo(first);

		browser.navigate().back();
		wait((driver) -> !resultTitles().isEmpty() && resultTitles().get(0).equals(first));
		assertThat(input().getDomProperty("value")).isEqualTo("請求書をダウンロードしたい");

		browser.navigate().back();
		wait((driver) -> resultTitles().isEmpty());
		assertThat(input().getDomProperty("value")).isEmpty();
		assertThat(browser.findElement(By.id("status")).getText()).isEmpty();
	}

	@Test
	void aQuestionInTheAddressIsOnlyEverText() {
		String markup = "<img src=x onerror=\"window.pwned=1\">請求書";
		browser.get(url("/search.html?q=" + URLEncoder.encode(markup, StandardCharsets.UTF_8)));
		wait((driver) -> !browser.findElement(By.id("status")).getText().isEmpty());
		assertThat(input().getDomProperty("value")).isEqualTo(markup);
		assertThat(script("return window.pwned === undefined && document.querySelectorAll('img[onerror]').length"))
			.isEqualTo(0L);
	}

	@Test
	void thereIsAFavicon() {
		Object status = ((JavascriptExecutor) browser).executeAsyncScript(
				"const done = arguments[0]; fetch('/favicon.ico').then((r) => done(r.status), () => done(-1));");
		assertThat(status).isEqualTo(200L);
	}

	private List<String> resultTitles() {
		return browser.findElements(By.cssSelector("#results > li > h2 a")).stream().map(WebElement::getText).toList();
	}

	private WebElement input() {
		return browser.findElement(By.id("q"));
	}

	private void search(String question) {
		WebElement input = input();
		input.sendKeys(question);
		input.sendKeys(Keys.ENTER);
		waitForStatus("件の記事が見つかりました");
	}

	private void waitForStatus(String text) {
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
	}

	private List<WebElement> waitForSuggestions() {
		return wait((driver) -> {
			List<WebElement> found = openSuggestions();
			return found.isEmpty() ? null : found;
		});
	}

	/** The suggestions a visitor can see. */
	private List<WebElement> openSuggestions() {
		return browser.findElements(By.cssSelector("#suggestions [role=option]"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList();
	}

	private <T> T wait(java.util.function.Function<? super WebDriver, T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	private Object script(String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
