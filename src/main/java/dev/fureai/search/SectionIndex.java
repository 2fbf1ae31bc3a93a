package dev.fureai.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import dev.fureai.content.Article;

/**
 * The in-memory section index. Writes go through one writer and become visible only at
 * {@link #publish()}: a searcher acquired before sees the whole old state, one acquired
 * after sees the whole new state. An article's sections are replaced as one block, so no
 * searcher ever sees half an article. What a hit shows is kept in memory by reference to
 * the content, keyed by a number each indexed section gets.
 */
final class SectionIndex implements Closeable {

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Map<Long, ShownSection> shown = new ConcurrentHashMap<>();

	// the rest is written by updates only, which the engine serialises
	private final Map<String, long[]> keys = new HashMap<>();

	private final List<Long> retired = new ArrayList<>();

	private long nextKey;

	SectionIndex(Analyzer analyzer, SearchProperties properties) {
		Similarity similarity = similarity(properties);
		try {
			// each file as one buffer: a query clones and slices inputs for every term
			// and
			// posting list, which over many small buffers cost more than the reading
			ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
					ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
			this.writer = new IndexWriter(directory,
					new IndexWriterConfig(analyzer).setSimilarity(similarity).setCommitOnClose(false));
			this.searchers = new SearcherManager(this.writer, new SearcherFactory() {
				@Override
				public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
						org.apache.lucene.index.IndexReader previous) {
					IndexSearcher searcher = new IndexSearcher(reader);
					searcher.setSimilarity(similarity);
					return searcher;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Similarity similarity(SearchProperties properties) {
		return new BM25Similarity(properties.ranking().bm25K1(), properties.ranking().bm25B());
	}

	void put(Article article) throws IOException {
		long[] keys = new long[article.sections().size()];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = this.nextKey++;
			this.shown.put(keys[i], new ShownSection(article, article.sections().get(i)));
		}
		this.writer.updateDocuments(new Term(Fields.ID, article.id()), SectionDocuments.of(article, keys));
		retire(this.keys.put(article.id(), keys));
	}

	void remove(Collection<String> ids) throws IOException {
		for (String id : ids) {
			this.writer.deleteDocuments(new Term(Fields.ID, id));
			retire(this.keys.remove(id));
		}
	}

	private void retire(long[] keys) {
		if (keys != null) {
			for (long key : keys) {
				this.retired.add(key);
			}
		}
	}

	/**
	 * Merges the index into one segment, after a full build: each query term is then
	 * looked up once instead of once per segment.
	 */
	void compact() throws IOException {
		this.writer.forceMerge(1);
	}

	/**
	 * Makes the changes visible. The display data of replaced sections goes at the same
	 * time: a query still holding an older searcher falls back to the stored fields.
	 */
	void publish() throws IOException {
		this.searchers.maybeRefreshBlocking();
		this.retired.forEach(this.shown::remove);
		this.retired.clear();
	}

	/** The display data of a section by its key, {@code null} if already replaced. */
	ShownSection shown(long key) {
		return this.shown.get(key);
	}

	IndexSearcher acquire() throws IOException {
		return this.searchers.acquire();
	}

	void release(IndexSearcher searcher) throws IOException {
		this.searchers.release(searcher);
	}

	/**
	 * Searchers already acquired keep their reader (reference counted) until released, so
	 * closing while queries run is safe: the rollback drops the never-committed files
	 * from the in-memory directory, but open segment readers already hold their bytes.
	 * New acquisitions fail and the caller retries on the index that replaced this one.
	 */
	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.rollback();
	}

}
