package dev.fureai.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.fureai.content.ContentScanner;
import dev.fureai.content.Lang;
import dev.fureai.tools.EvalDataset.EvalQuery;
import dev.fureai.tools.EvalDataset.FaqEntry;

/**
 * What the benchmarks (dev.fureai.bench) need from an evaluation data set, read at run
 * time and written only under temporary directories: never copied into the repository. A
 * directory without {@code corpus.jsonl} is taken as a content directory instead (the
 * sample help center, for the short version in {@code ./mvnw verify}).
 */
public final class BenchCorpus {

	private final List<FaqEntry> corpus;

	private final List<String> questions;

	private final Lang lang;

	/** The content directory read, or {@code null} for a data set. */
	private final Path content;

	private BenchCorpus(List<FaqEntry> corpus, List<String> questions, Lang lang, Path content) {
		this.corpus = corpus;
		this.questions = questions;
		this.lang = lang;
		this.content = content;
	}

	public static BenchCorpus read(Path directory) {
		if (Files.isRegularFile(directory.resolve("corpus.jsonl"))) {
			EvalDataset data = new EvalDatasetReader().read(directory);
			List<String> questions = new ArrayList<>(data.queries().stream().map(EvalQuery::text).toList());
			questions.addAll(data.corpus().stream().map(FaqEntry::question).toList());
			return new BenchCorpus(data.corpus(), List.copyOf(questions), data.lang(), null);
		}
		List<FaqEntry> entries = new ArrayList<>();
		List<String> questions = new ArrayList<>();
		ContentScanner.scan(directory).articles().values().forEach((article) -> {
			questions.addAll(article.questions());
			entries.add(new FaqEntry(article.id(), article.title(), String.join("\n", article.questions())));
		});
		if (questions.isEmpty()) {
			throw new IllegalArgumentException("no questions in " + directory);
		}
		return new BenchCorpus(List.copyOf(entries), List.copyOf(questions), Lang.JA, directory);
	}

	/** The data set's queries, then its FAQ questions: real questions, in file order. */
	public List<String> questions() {
		return this.questions;
	}

	public int size() {
		return this.corpus.size();
	}

	/**
	 * Writes the corpus as a content directory, one article per entry (a content
	 * directory is copied as it is).
	 */
	public void writeArticles(Path directory) {
		if (this.content == null) {
			EvalArticles.write(directory, this.corpus, this.lang);
			return;
		}
		try (Stream<Path> files = Files.walk(this.content)) {
			for (Path file : files.toList()) {
				Path target = directory.resolve(this.content.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes {@code count} articles made from the corpus: entry {@code i mod n}'s
	 * question and answer, followed by another entry's answer so that no two articles are
	 * the same.
	 */
	public void writeGenerated(Path directory, int count) {
		int n = this.corpus.size();
		for (int i = 0; i < count; i++) {
			FaqEntry entry = this.corpus.get(i % n);
			FaqEntry other = this.corpus.get((int) ((i * 7919L + i / n) % n));
			write(directory, "gen-" + i, entry.question(), entry.answer() + "\n\n" + other.answer());
		}
	}

	/** Writes one article (as a writer's save would). */
	public void write(Path directory, String id, String title, String body) {
		try {
			Files.writeString(directory.resolve(id + ".md"), ArticleMarkdown.article(id, title, body, this.lang));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
