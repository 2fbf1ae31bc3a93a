package dev.fureai.tools;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EvalOptionsTests {

	@Test
	void datasetAndOptionalRunFile() {
		assertThat(EvalOptions.parse(List.of("data"))).isEqualTo(new EvalOptions(Path.of("data"), null));
		assertThat(EvalOptions.parse(List.of("data", "--run", "run.txt")))
			.isEqualTo(new EvalOptions(Path.of("data"), Path.of("run.txt")));
		assertThat(EvalOptions.parse(List.of("--run=run.txt", "data")))
			.isEqualTo(new EvalOptions(Path.of("data"), Path.of("run.txt")));
	}

	@Test
	void usageErrors() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> EvalOptions.parse(List.of()))
			.withMessageContaining("DATASET_DIR");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> EvalOptions.parse(List.of("data", "--run")))
			.withMessageContaining("--run");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> EvalOptions.parse(List.of("a", "b")));
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> EvalOptions.parse(List.of("a", "--k=5")))
			.withMessageContaining("--k=5");
	}

}
