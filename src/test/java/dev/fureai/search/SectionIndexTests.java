package dev.fureai.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;

import dev.fureai.content.Article;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index stores no display data: a hit's title, section and text come from memory, so
 * a searcher acquired before an update must still find the sections it can return until
 * it is released.
 */
class SectionIndexTests {

	@Test
	void aSearcherHeldAcrossAnUpdateKeepsTheDisplayDataOfWhatItFinds() throws IOException {
		Article before = Fixtures.ja("a", "古い題", List.of("古い質問"), Fixtures.intro("古い本文"));
		Article after = Fixtures.ja("a", "新しい題", List.of("新しい質問"), Fixtures.intro("新しい本文"));
		Analyzers analyzers = Analyzers.of(Dictionaries.load(Fixtures.snapshot(1, List.of(before), "", "")));
		try (SectionIndex index = new SectionIndex(analyzers.indexing(), SearchProperties.defaults())) {
			index.putNew(List.of(before));
			index.publish();
			IndexSearcher held = index.acquire();
			long old = liveKey(held);

			index.put(after);
			index.publish();
			IndexSearcher fresh = index.acquire();
			long replacing = liveKey(fresh);
			index.release(fresh);

			assertThat(index.shown(old)).as("held searcher's section, after the update").isNotNull();
			assertThat(index.shown(old).article().title()).isEqualTo("古い題");
			index.release(held);
			assertThat(index.shown(old)).as("released by the last searcher that could return it").isNull();
			assertThat(index.shown(replacing).article().title()).isEqualTo("新しい題");
		}
	}

	/** The key of the searcher's only live section. */
	private static long liveKey(IndexSearcher searcher) throws IOException {
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			Bits live = leaf.reader().getLiveDocs();
			NumericDocValues keys = leaf.reader().getNumericDocValues(Fields.KEY);
			for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
				if ((live == null || live.get(doc)) && keys.advanceExact(doc)) {
					return keys.longValue();
				}
			}
		}
		throw new AssertionError("no live section");
	}

}
