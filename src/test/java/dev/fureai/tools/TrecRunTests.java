package dev.fureai.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TrecRunTests {

	@Test
	void writesQueriesInOrderUpToTheDepth(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("run.txt");
		Map<String, List<RankedDoc>> rankings = Map.of("q2", List.of(new RankedDoc("d9", 1.5f)), "q1",
				List.of(new RankedDoc("d1", 12.25f), new RankedDoc("d2", 3f), new RankedDoc("d3", 1f)));

		TrecRun.write(file, List.of("q1", "q2", "q3"), rankings, 2);

		assertThat(Files.readAllLines(file)).containsExactly("q1 Q0 d1 1 12.250000 fureai",
				"q1 Q0 d2 2 3.000000 fureai", "q2 Q0 d9 1 1.500000 fureai");
	}

	@Test
	void refusesIdsThatWouldBreakTheColumns() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> TrecRun.lines(List.of("q 1"), Map.of("q 1", List.of(new RankedDoc("d", 1))), 10))
			.withMessageContaining("\"q 1\"");
	}

}
