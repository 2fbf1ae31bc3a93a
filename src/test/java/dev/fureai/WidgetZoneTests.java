package dev.fureai;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.fureai.testing.Browsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer whose clock is not the support team's: outside business hours the queue card
 * says when to expect an answer in the team's zone, the zone of the server's own sentence
 * (「12月4日（金）9:00ごろまでにご連絡します」), with the zone's name, never the same moment as another
 * hour beside it. The team is in Honolulu (no summer time), closed for a few days of
 * holidays around today; the browser runs in UTC.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:widget-zone;DB_CLOSE_DELAY=-1", "fureai.content.watch=false",
		"fureai.identity.jwt-secret=" + WidgetZoneTests.SECRET, "fureai.customers.import=classpath:demo/customers.csv",
		"fureai.customers.known-agents=csm-sato,csm-suzuki", "fureai.routing.calendar.zone=" + WidgetZoneTests.ZONE })
class WidgetZoneTests {

	static final String SECRET = "widget-zone-secret-that-is-long-enough-0123";

	static final String ZONE = "Pacific/Honolulu";

	private static final Pattern SAID = Pattern.compile("(\\d{1,2})月(\\d{1,2})日（.）(\\d{1,2}):(\\d{2})ごろまでにご連絡します");

	@TempDir
	static Path temp;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void closedNow(DynamicPropertyRegistry registry) {
		LocalDate today = LocalDate.now(ZoneId.of(ZONE));
		registry.add("fureai.routing.calendar.holidays",
				() -> today.minusDays(1) + "," + today + "," + today.plusDays(1) + "," + today.plusDays(2));
	}

	@Test
	void theExpectedTimeIsTheTeamsLikeTheSentenceBesideIt() throws Exception {
		ChromeDriver browser = Browsers.start(WidgetZoneTests.class, temp.resolve("profile"));
		try {
			browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "UTC"));
			browser.get("http://localhost:" + this.port + "/");
			wait(browser, ExpectedConditions.elementToBeClickable(By.cssSelector(".fw-launcher"))).click();
			wait(browser, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fw-input")));
			browser.executeScript("FureaiWidget.setToken(arguments[0])", token("demo-high"));
			wait(browser, ExpectedConditions.elementToBeClickable(By.cssSelector(".fw-person"))).click();
			wait(browser,
					ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fw-queue-facts dd + dt + dd")));

			String sentence = browser.findElement(By.cssSelector(".fw-queue-text")).getText();
			Matcher said = SAID.matcher(sentence);
			assertThat(said.find()).as(sentence).isTrue();
			LocalTime at = LocalTime.of(Integer.parseInt(said.group(3)), Integer.parseInt(said.group(4)));
			String shown = browser.findElement(By.cssSelector(".fw-queue-facts dd + dt + dd")).getText();
			assertThat(shown).contains(said.group(1) + "月" + said.group(2) + "日")
				.contains(at.format(DateTimeFormatter.ofPattern("HH:mm")))
				.containsPattern("HST|GMT-10");

			browser.findElement(By.cssSelector(".fw-lang")).click();
			wait(browser, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fw-queue-facts"),
					"Expect an answer by"));
			String english = browser.findElement(By.cssSelector(".fw-queue-facts dd + dt + dd")).getText();
			assertThat(english).contains(at.format(DateTimeFormatter.ofPattern("hh:mm a", Locale.US)))
				.containsPattern("HST|GMT-10");
		}
		finally {
			browser.quit();
		}
	}

	private static String token(String customer) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
				new JWTClaimsSet.Builder().subject(customer)
					.expirationTime(Date.from(Instant.now().plusSeconds(600)))
					.build());
		jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
		return jwt.serialize();
	}

	private static <T> T wait(ChromeDriver browser, org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition);
	}

}
