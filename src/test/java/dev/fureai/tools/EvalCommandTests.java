package dev.fureai.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EvalCommandTests {

	private static final Pattern LAST_LINE = Pattern.compile("eval: queries=(\\d+) ndcg@10=(\\d\\.\\d{3}) "
			+ "mrr@10=\\d\\.\\d{3} hit@1=\\d\\.\\d{3} hit@5=\\d\\.\\d{3} recall@10=\\d\\.\\d{3} baseline_ndcg@10=(\\d\\.\\d{3})");

	@TempDir
	Path dir;

	@Test
	void measuresTheProductAndTheBaselineOnADataSet() throws IOException {
		Path dataset = TinyFaq.write(this.dir.resolve("tiny"));
		Path run = this.dir.resolve("run.txt");

		CommandOutput result = CommandOutput.run("eval", dataset.toString(), "--run", run.toString());

		assertThat(result.status()).isZero();
		// the generated articles load without any problem
		assertThat(result.err()).isEmpty();
		assertThat(result.out()).contains("fureai", "baseline", "nDCG@10", "Recall@10");
		Matcher last = LAST_LINE.matcher(result.outLines().getLast());
		assertThat(last.matches()).as(result.outLines().getLast()).isTrue();
		// q6 has no judgement and is left out
		assertThat(last.group(1)).isEqualTo("5");
		// these queries are easy: a broken id mapping or article format would score ~0
		assertThat(Double.parseDouble(last.group(2))).isGreaterThan(0.5);
		assertThat(Double.parseDouble(last.group(3))).isGreaterThan(0.5);

		List<String> lines = Files.readAllLines(run);
		assertThat(lines).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).matches("q[1-6] Q0 \\S+ ([1-9]|10) \\d+\\.\\d{6} fureai"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("q5 Q0 _export "));
	}

	@Test
	void badDataSetNamesFileAndLineAndExitsWithTwo() throws IOException {
		Path dataset = TinyFaq.write(this.dir.resolve("tiny"));
		Files.writeString(dataset.resolve("queries.jsonl"), "{\"id\": \"q1\", \"text\": \"ok\"}\n{\"id\": \"q2\", \n");

		CommandOutput result = CommandOutput.run("eval", dataset.toString());

		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).startsWith(dataset.resolve("queries.jsonl") + ":2: ");
		assertThat(result.out()).isEmpty();
	}

	@Test
	void missingFileIsNamed() throws IOException {
		Path dataset = TinyFaq.write(this.dir.resolve("tiny"));
		Files.delete(dataset.resolve("qrels.tsv"));

		CommandOutput result = CommandOutput.run("eval", dataset.toString());

		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).contains(dataset.resolve("qrels.tsv").toString());
	}

}
