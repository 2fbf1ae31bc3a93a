package dev.fureai.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fureai.content.Lang;
import dev.fureai.tools.EvalDataset.EvalQuery;
import dev.fureai.tools.EvalDataset.FaqEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EvalDatasetReaderTests {

	@TempDir
	Path dir;

	private final EvalDatasetReader reader = new EvalDatasetReader();

	@Test
	void readsAllThreeFilesAndTellsJapaneseByScript() throws IOException {
		write("corpus.jsonl", """
				{"id": "a1", "question": "パスワードを忘れました", "answer": "ログイン画面から再設定できます。"}

				{"id": 7, "question": "請求書\\tの場所", "answer": "管理画面の「請求」にあります。"}
				""");
		write("queries.jsonl", "{\"id\": \"q1\", \"text\": \"ログインできない\"}\n");
		write("qrels.tsv", "query_id\tdoc_id\tgrade\nq1\ta1\t2\nq1\t7\t1\n");

		EvalDataset dataset = this.reader.read(this.dir);

		assertThat(dataset.lang()).isEqualTo(Lang.JA);
		assertThat(dataset.corpus()).containsExactly(new FaqEntry("a1", "パスワードを忘れました", "ログイン画面から再設定できます。"),
				new FaqEntry("7", "請求書\tの場所", "管理画面の「請求」にあります。"));
		assertThat(dataset.queries()).containsExactly(new EvalQuery("q1", "ログインできない"));
		assertThat(dataset.judgementsOf("q1")).isEqualTo(Map.of("a1", 2, "7", 1));
		assertThat(dataset.judgementsOf("unjudged")).isEmpty();
		assertThat(dataset.name()).isEqualTo(this.dir.getFileName().toString());
	}

	@Test
	void englishCorpusIsEnglish() throws IOException {
		writeValidDataset(
				"{\"id\": \"t0\", \"question\": \"How do I reset my password?\", \"answer\": \"Use the link on the sign-in page.\"}\n");
		assertThat(this.reader.read(this.dir).lang()).isEqualTo(Lang.EN);
	}

	@Test
	void badJsonNamesFileAndLine() throws IOException {
		writeValidDataset("{\"id\": \"a\", \"question\": \"q\", \"answer\": \"a\"}\n{\"id\": \"b\", \"question\": \n");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> this.reader.read(this.dir))
			.withMessageStartingWith(this.dir.resolve("corpus.jsonl") + ":2: ");
	}

	@Test
	void missingFieldNamesFieldAndLine() throws IOException {
		writeValidDataset("{\"id\": \"a\", \"question\": \"q\"}\n");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> this.reader.read(this.dir))
			.withMessageStartingWith(this.dir.resolve("corpus.jsonl") + ":1: ")
			.withMessageContaining("\"answer\"");
	}

	@Test
	void lineThatIsNotAnObjectIsRefused() throws IOException {
		writeValidDataset("[\"a\", \"q\", \"a\"]\n");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> this.reader.read(this.dir))
			.withMessageStartingWith(this.dir.resolve("corpus.jsonl") + ":1: ");
	}

	@Test
	void duplicateCorpusIdIsRefused() throws IOException {
		writeValidDataset("{\"id\": \"a\", \"question\": \"q\", \"answer\": \"x\"}\n"
				+ "{\"id\": \"a\", \"question\": \"q2\", \"answer\": \"y\"}\n");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> this.reader.read(this.dir))
			.withMessageContaining("corpus.jsonl")
			.withMessageContaining("duplicate id");
	}

	@Test
	void missingFileIsNamed() throws IOException {
		writeValidDataset("{\"id\": \"a\", \"question\": \"q\", \"answer\": \"x\"}\n");
		Files.delete(this.dir.resolve("queries.jsonl"));
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> this.reader.read(this.dir))
			.withMessageStartingWith(this.dir.resolve("queries.jsonl").toString());
	}

	@Test
	void missingDirectoryIsNamed() {
		Path missing = this.dir.resolve("nope");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> this.reader.read(missing))
			.withMessageContaining(missing.toString());
	}

	@Test
	void qrelsNeedTheHeader() throws IOException {
		writeValidDataset("{\"id\": \"a\", \"question\": \"q\", \"answer\": \"x\"}\n");
		write("qrels.tsv", "q1\ta\t1\n");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> this.reader.read(this.dir))
			.withMessageStartingWith(this.dir.resolve("qrels.tsv") + ":1: ");
	}

	@Test
	void badGradeNamesLine() throws IOException {
		writeValidDataset("{\"id\": \"a\", \"question\": \"q\", \"answer\": \"x\"}\n");
		write("qrels.tsv", "query_id\tdoc_id\tgrade\nq1\ta\t1\nq1\tb\thigh\n");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> this.reader.read(this.dir))
			.withMessageStartingWith(this.dir.resolve("qrels.tsv") + ":3: ");
	}

	@Test
	void wrongColumnCountNamesLine() throws IOException {
		writeValidDataset("{\"id\": \"a\", \"question\": \"q\", \"answer\": \"x\"}\n");
		write("qrels.tsv", "query_id\tdoc_id\tgrade\nq1 a 1\n");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> this.reader.read(this.dir))
			.withMessageStartingWith(this.dir.resolve("qrels.tsv") + ":2: ");
	}

	@Test
	void invalidUtf8IsRefused() throws IOException {
		writeValidDataset("{\"id\": \"a\", \"question\": \"q\", \"answer\": \"x\"}\n");
		Files.write(this.dir.resolve("queries.jsonl"), new byte[] { '{', (byte) 0xff, '}' });
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> this.reader.read(this.dir))
			.withMessageStartingWith(this.dir.resolve("queries.jsonl").toString())
			.withMessageContaining("UTF-8");
	}

	private void writeValidDataset(String corpus) throws IOException {
		write("corpus.jsonl", corpus);
		write("queries.jsonl", "{\"id\": \"q1\", \"text\": \"password\"}\n");
		write("qrels.tsv", "query_id\tdoc_id\tgrade\nq1\ta\t1\n");
	}

	private void write(String name, String text) throws IOException {
		Files.writeString(this.dir.resolve(name), text);
	}

}
