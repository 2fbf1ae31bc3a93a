package dev.fureai.bench;

import java.nio.file.Path;

import dev.fureai.content.ContentScanner;
import dev.fureai.content.ContentSnapshot;
import dev.fureai.search.SearchEngine;
import dev.fureai.search.SearchProperties;

/**
 * Scenario 6: a full index of a content directory, as at startup: the scanner reads and
 * parses every file, the search engine indexes every section. Articles per second of both
 * together.
 */
final class IndexingScenario {

	record Result(int articles, int problems, double seconds) {

		double perSecond() {
			return this.articles / this.seconds;
		}

	}

	private IndexingScenario() {
	}

	static Result run(Path content) {
		long start = System.nanoTime();
		ContentSnapshot snapshot = ContentScanner.scan(content);
		SearchEngine engine = SearchEngine.build(snapshot, SearchProperties.defaults());
		double seconds = (System.nanoTime() - start) / 1e9;
		if (engine.search("テスト", null, 1) == null) {
			throw new IllegalStateException("no search result");
		}
		return new Result(snapshot.articles().size(), snapshot.problems().size(), seconds);
	}

}
