package dev.fureai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.fureai.content.Article;
import dev.fureai.content.Section;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full build indexes parts of the content on several cores: the documents must still
 * stand in content order, in one segment, as a one-thread build puts them, so that ties
 * rank the same whatever the machine (identical documents in identical order: identical
 * results, as {@code ResultDump} over an evaluation set confirms).
 */
class FullBuildTests {

	@Test
	void partsBuiltOnSeveralCoresKeepTheContentOrder() throws IOException {
		List<Article> articles = new ArrayList<>();
		for (int i = 0; i < 1200; i++) {
			Article base = Fixtures.articles().get(i % Fixtures.articles().size());
			articles.add(Fixtures.ja("a" + i, base.title(), base.questions(), base.sections().toArray(new Section[0])));
		}

		List<String> oneThread = documentOrder(articles, 1);
		List<String> threeParts = documentOrder(articles, 3);

		assertThat(oneThread).isEqualTo(articles.stream().map(Article::id).toList());
		assertThat(threeParts).isEqualTo(oneThread);
	}

	private static List<String> documentOrder(List<Article> articles, int parts) throws IOException {
		try (SectionIndex index = built(articles, parts)) {
			IndexSearcher searcher = index.acquire();
			try {
				assertThat(searcher.getIndexReader().leaves()).as("one segment after compact").hasSize(1);
				List<String> ids = new ArrayList<>();
				for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
					LeafReader reader = leaf.reader();
					SortedDocValues values = reader.getSortedDocValues(Fields.ID);
					for (int doc = 0; doc < reader.maxDoc(); doc++) {
						assertThat(values.advanceExact(doc)).isTrue();
						String id = values.lookupOrd(values.ordValue()).utf8ToString();
						if (ids.isEmpty() || !ids.getLast().equals(id)) {
							ids.add(id);
						}
					}
				}
				return ids;
			}
			finally {
				index.release(searcher);
			}
		}
	}

	private static SectionIndex built(List<Article> articles, int parts) throws IOException {
		Analyzers analyzers = Analyzers.of(Dictionaries.load(Fixtures.snapshot(1, articles, "", "")));
		SectionIndex index = new SectionIndex(analyzers.indexing(), SearchProperties.defaults());
		index.putNew(articles, parts);
		index.compact();
		index.publish();
		return index;
	}

}
