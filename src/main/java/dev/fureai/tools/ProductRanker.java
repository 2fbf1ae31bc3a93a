package dev.fureai.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.fureai.content.ContentProblem;
import dev.fureai.content.ContentScanner;
import dev.fureai.content.ContentSnapshot;
import dev.fureai.search.SearchEngine;
import dev.fureai.search.SearchProperties;
import dev.fureai.search.SearchResult;

/**
 * The production pipeline over a data set: the corpus is written as articles into a
 * temporary content directory, loaded by the real scanner and indexed by the real search
 * engine with default settings, so that the figures describe what customers get.
 */
final class ProductRanker implements Ranker, AutoCloseable {

	private final Path directory;

	private final EvalArticles articles;

	private final ContentSnapshot snapshot;

	private final SearchEngine engine;

	private ProductRanker(Path directory, EvalArticles articles, ContentSnapshot snapshot, SearchEngine engine) {
		this.directory = directory;
		this.articles = articles;
		this.snapshot = snapshot;
		this.engine = engine;
	}

	static ProductRanker build(EvalDataset dataset) {
		Path directory = createTempDirectory();
		try {
			EvalArticles articles = EvalArticles.write(directory, dataset.corpus(), dataset.lang());
			ContentSnapshot snapshot = ContentScanner.scan(directory);
			return new ProductRanker(directory, articles, snapshot,
					SearchEngine.build(snapshot, SearchProperties.defaults()));
		}
		catch (RuntimeException | Error ex) {
			delete(directory);
			throw ex;
		}
	}

	@Override
	public List<RankedDoc> rank(String query, int k) {
		return ranking(this.engine.search(query, null, k));
	}

	/** The full result, for the decision as well as the ranking. */
	SearchResult search(String query, int k) {
		return this.engine.search(query, null, k);
	}

	List<RankedDoc> ranking(SearchResult result) {
		return result.hits()
			.stream()
			.map((hit) -> new RankedDoc(this.articles.datasetId(hit.articleId()), hit.score()))
			.toList();
	}

	/**
	 * What the scanner refused or doubted in the generated articles: anything here makes
	 * the figures unfair to the product.
	 */
	List<ContentProblem> problems() {
		return this.snapshot.problems();
	}

	int indexedArticles() {
		return this.snapshot.articles().size();
	}

	@Override
	public void close() {
		delete(this.directory);
	}

	private static Path createTempDirectory() {
		try {
			return Files.createTempDirectory("fureai-eval-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("一時ディレクトリを消せません (cannot delete) " + directory, ex);
		}
	}

}
