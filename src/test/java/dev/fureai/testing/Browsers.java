package dev.fureai.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests, with the flags this machine's closed
 * network needs, or a loudly skipped test class where it is not installed.
 */
public final class Browsers {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private Browsers() {
	}

	/**
	 * @param testClass named in the skip message
	 * @param profile a fresh directory for the browser profile
	 */
	public static ChromeDriver start(Class<?> testClass, Path profile) throws IOException {
		if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
			String message = "SKIPPED browser tests: install chromium and chromium-driver (apt-get install -y chromium "
					+ "chromium-driver) to run " + testClass.getSimpleName();
			System.err.println("*** " + message + " ***");
			Assumptions.abort(message);
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
					"--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(profile));
		return new ChromeDriver(service, options);
	}

}
