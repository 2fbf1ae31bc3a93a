package dev.fureai.tools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTests {

	@Test
	void onlyKnownCommandsBypassTheService() {
		assertThat(Commands.isCommand("check")).isTrue();
		assertThat(Commands.isCommand("eval", "data")).isTrue();
		assertThat(Commands.isCommand("help")).isTrue();
		assertThat(Commands.isCommand()).isFalse();
		assertThat(Commands.isCommand("--server.port=0")).isFalse();
		assertThat(Commands.isCommand("Check")).isFalse();
		assertThat(Commands.isCommand("serve")).isFalse();
	}

	@Test
	void helpPrintsUsageJapaneseFirst() {
		CommandOutput result = CommandOutput.run("help");
		assertThat(result.status()).isZero();
		assertThat(result.outLines().getFirst()).startsWith("使い方");
		assertThat(result.out()).contains("check [DIR]", "eval DATASET_DIR [--run FILE]", "Usage:");
	}

	@Test
	void usageErrorsExitWithTwo() {
		assertThat(CommandOutput.run("eval").status()).isEqualTo(2);
		assertThat(CommandOutput.run("eval").err()).contains("DATASET_DIR");
		assertThat(CommandOutput.run("help", "extra").status()).isEqualTo(2);
		assertThat(CommandOutput.run("check", "a", "b").status()).isEqualTo(2);
		assertThat(CommandOutput.run("check", "--verbose").err()).contains("--verbose");
		assertThat(CommandOutput.run().status()).isEqualTo(2);
	}

}
