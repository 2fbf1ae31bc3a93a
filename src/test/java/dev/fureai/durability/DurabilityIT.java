package dev.fureai.durability;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The short version of the durability harness (docs/durability.md), run by
 * {@code ./mvnw verify} after the jar is packaged: a few {@code kill -9}s on H2 and on an
 * own PostgreSQL, two PostgreSQL crash-stops, a few console reconnects. The full runs are
 * {@code scripts/durability}.
 */
class DurabilityIT {

	private static final Path JAR = Path.of("target/fureai.jar");

	@Test
	void nothingAcknowledgedIsLostOrDoubledWhenTheServerIsKilledOnH2() throws Exception {
		assertPasses("--mode", "kill", "--db", "h2", "--rounds", "2");
	}

	@Test
	void nothingAcknowledgedIsLostOrDoubledWhenTheServerIsKilledOnPostgres() throws Exception {
		assumeOwnPostgres();
		assertPasses("--mode", "kill", "--db", "postgres", "--rounds", "2");
	}

	@Test
	void postgresCrashStopsLoseNothingAndTheBotKeepsAnswering() throws Exception {
		assumeOwnPostgres();
		assertPasses("--mode", "pg-crash", "--rounds", "2", "--askers", "4");
	}

	@Test
	void aReconnectingConsoleShowsEveryEscalationOnce() throws Exception {
		assertPasses("--mode", "console", "--rounds", "5");
	}

	private static void assertPasses(String... args) throws Exception {
		assertThat(JAR).as("the packaged jar (failsafe runs after package)").satisfies((p) -> Files.isRegularFile(p));
		Harness.Result result = Harness.run(Harness.Options.parse(args));
		Harness.log(result.line());
		assertThat(result.failures()).as(result.line()).isEmpty();
		assertThat(result.stored().acknowledged()).isPositive();
	}

	private static void assumeOwnPostgres() {
		String why = OwnPostgres.unavailable().orElse(null);
		if (why != null) {
			System.err.println("SKIPPED (loudly): the PostgreSQL durability runs need an own cluster: " + why);
		}
		assumeTrue(why == null, () -> "no own PostgreSQL for the durability harness: " + why);
	}

}
