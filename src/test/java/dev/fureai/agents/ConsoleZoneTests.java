package dev.fureai.agents;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import dev.fureai.routing.Escalation;
import dev.fureai.routing.Routing;

import dev.fureai.testing.Browsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team outside Japan: the console shows times in the configured calendar zone, not in
 * Tokyo and not in the agent's machine's zone (UTC on the test machine). Honolulu is
 * neither, and has no summer time to make the expectation depend on the date.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:console-zone;DB_CLOSE_DELAY=-1", "fureai.content.watch=false",
				"fureai.identity.jwt-secret=" + AgentsServerTest.JWT_SECRET,
				"fureai.customers.import=classpath:demo/customers.csv",
				"fureai.customers.known-agents=csm-sato,csm-suzuki", "fureai.agents.accounts[0].id=csm-sato",
				"fureai.agents.accounts[0].name=佐藤 花子", "fureai.agents.accounts[0].password={noop}sato-pass",
				"fureai.agents.accounts[0].roles=HIGH_TOUCH_CSM",
				"fureai.routing.calendar.zone=" + ConsoleZoneTests.ZONE })
class ConsoleZoneTests {

	static final String ZONE = "Pacific/Honolulu";

	@TempDir
	static Path temp;

	@LocalServerPort
	int port;

	@Autowired
	Routing routing;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theConsoleIsToldTheTeamsZone() throws Exception {
		AgentBrowser sato = new AgentBrowser(this.port);
		sato.signIn("csm-sato", "sato-pass");
		assertThat(AgentBrowser.json(sato.get("/api/agent/me")).path("zone").asString()).isEqualTo(ZONE);
	}

	@Test
	void theCardShowsTimesInTheTeamsZone() throws Exception {
		ChromeDriver browser = Browsers.start(ConsoleZoneTests.class, temp.resolve("profile"));
		try {
			browser.get(url("/login"));
			browser.findElement(By.id("username")).sendKeys("csm-sato");
			browser.findElement(By.id("password")).sendKeys("sato-pass");
			browser.findElement(By.id("sign-in")).click();
			wait(browser, ExpectedConditions.attributeToBe(By.tagName("body"), "data-connected", "true"));

			Escalation e = Escalate.askForPerson(this.routing, this.transactions, "demo-high");
			WebElement row = wait(browser, ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#queues [data-escalation='" + e.id() + "']")));
			row.findElement(By.tagName("button")).click();
			wait(browser, ExpectedConditions.attributeToBe(By.id("card"), "data-escalation", e.id()));
			browser.findElement(By.id("take-this")).click();
			wait(browser, ExpectedConditions.attributeToBe(By.id("card"), "data-status", "CLAIMED"));

			// the tier history and what agents did (the take just now) are timed; read in
			// one
			// go, as the take's own push re-renders the card
			@SuppressWarnings("unchecked")
			List<List<String>> times = (List<List<String>>) wait(browser, (driver) -> browser
				.executeScript("const times = [...document.querySelectorAll('#card time.when')];"
						+ "return times.length > 1 ? times.map((t) => [t.getAttribute('datetime'), t.textContent]) : null;"));
			assertThat(times).allSatisfy((time) -> {
				ZonedDateTime at = Instant.parse(time.get(0)).atZone(ZoneId.of(ZONE));
				String shown = at.format(DateTimeFormatter.ofPattern("MM/dd HH:mm"));
				assertThat(time.get(1)).as(time.get(0)).isIn(shown, at.getYear() + "/" + shown);
			});
		}
		finally {
			browser.quit();
		}
	}

	private static <T> T wait(ChromeDriver browser, org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
