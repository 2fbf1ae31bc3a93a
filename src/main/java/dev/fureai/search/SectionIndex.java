package dev.fureai.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import dev.fureai.content.Article;

/**
 * The in-memory section index. Writes go through one writer and become visible only at
 * {@link #publish()}: a searcher acquired before sees the whole old state, one acquired
 * after sees the whole new state. An article's sections are replaced as one block, so no
 * searcher ever sees half an article.
 */
final class SectionIndex implements Closeable {

	private final IndexWriter writer;

	private final SearcherManager searchers;

	SectionIndex(Analyzer analyzer, SearchProperties properties) {
		Similarity similarity = similarity(properties);
		try {
			this.writer = new IndexWriter(new ByteBuffersDirectory(),
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
		this.writer.updateDocuments(new Term(Fields.ID, article.id()), SectionDocuments.of(article));
	}

	void remove(Collection<String> ids) throws IOException {
		for (String id : ids) {
			this.writer.deleteDocuments(new Term(Fields.ID, id));
		}
	}

	/**
	 * Merges the index into one segment, after a full build: each query term is then
	 * looked up once instead of once per segment.
	 */
	void compact() throws IOException {
		this.writer.forceMerge(1);
	}

	void publish() throws IOException {
		this.searchers.maybeRefreshBlocking();
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
