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
import java.util.stream.IntStream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.IOUtils;

import dev.fureai.content.Article;

/**
 * The in-memory section index. Writes go through one writer and become visible only at
 * {@link #publish()}: a searcher acquired before sees the whole old state, one acquired
 * after sees the whole new state. An article's sections are replaced as one block, so no
 * searcher ever sees half an article. What a hit shows is kept in memory by reference to
 * the content, keyed by a number each indexed section gets; the index stores nothing but
 * that number and the article id as doc values.
 */
final class SectionIndex implements Closeable {

	/** Full builds split into parts of at least this many articles, one per core. */
	private static final int MIN_ARTICLES_PER_PART = 500;

	private final Analyzer analyzer;

	private final Similarity similarity;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Map<Long, ShownSection> shown = new ConcurrentHashMap<>();

	// the rest is written by updates only, which the engine serialises
	private final Map<String, long[]> keys = new HashMap<>();

	private final List<Long> retired = new ArrayList<>();

	private long nextKey;

	SectionIndex(Analyzer analyzer, SearchProperties properties) {
		Similarity similarity = similarity(properties);
		this.analyzer = analyzer;
		this.similarity = similarity;
		try {
			this.writer = new IndexWriter(directory(), config());
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

	/**
	 * Replaces the article's sections. The sections it replaces are retired only once the
	 * new ones are in the writer: if writing fails, the old documents may still be found,
	 * and the index keeps no other copy of what they show.
	 */
	void put(Article article) throws IOException {
		long[] keys = register(article);
		try {
			this.writer.updateDocuments(new Term(Fields.ID, article.id()),
					SectionDocuments.of(article, keys, this.analyzer));
		}
		catch (IOException | RuntimeException ex) {
			for (long key : keys) {
				this.shown.remove(key);
			}
			throw ex;
		}
		retire(this.keys.put(article.id(), keys));
	}

	/**
	 * Indexes articles into an index that has none of them yet (a full build), on every
	 * core. Analysis — Kuromoji over every field — is almost all of the work. Each core
	 * indexes a contiguous part of the articles into an index of its own, and the parts
	 * are appended in order, so the documents stand in content order exactly as a
	 * one-thread build puts them: ties rank the same and every build of the same content
	 * gives the same results. Nothing replaces anything, so documents are added without
	 * the delete-by-id of {@link #put}.
	 */
	void putNew(List<Article> articles) throws IOException {
		putNew(articles,
				Math.clamp(articles.size() / MIN_ARTICLES_PER_PART, 1, Runtime.getRuntime().availableProcessors()));
	}

	/** {@link #putNew(List)} in the given number of parts. */
	void putNew(List<Article> articles, int parts) throws IOException {
		List<long[]> keys = new ArrayList<>(articles.size());
		for (Article article : articles) {
			long[] registered = register(article);
			keys.add(registered);
			retire(this.keys.put(article.id(), registered));
		}
		Directory[] built = new Directory[parts];
		try {
			IntStream.range(0, parts).parallel().forEach((part) -> {
				int from = articles.size() * part / parts;
				int to = articles.size() * (part + 1) / parts;
				built[part] = indexPart(articles.subList(from, to), keys.subList(from, to));
			});
		}
		catch (UncheckedIOException ex) {
			IOUtils.closeWhileHandlingException(built);
			throw ex.getCause();
		}
		try {
			this.writer.addIndexes(built);
		}
		finally {
			IOUtils.close(built);
		}
	}

	private Directory indexPart(List<Article> articles, List<long[]> keys) {
		Directory directory = directory();
		// no merges while the part is written: the one merge of compact() keeps the
		// order
		try (IndexWriter part = new IndexWriter(directory,
				config().setMergePolicy(NoMergePolicy.INSTANCE).setRAMBufferSizeMB(64))) {
			for (int i = 0; i < articles.size(); i++) {
				part.addDocuments(SectionDocuments.of(articles.get(i), keys.get(i), this.analyzer));
			}
			part.commit();
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Each file as one buffer: a query clones and slices inputs for every term and
	 * posting list, which over many small buffers cost more than the reading.
	 */
	private static Directory directory() {
		return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
				ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
	}

	/**
	 * Merges join neighbouring segments only, so documents keep the order they were added
	 * in (a tiered policy picks segments by size, and which exist when it picks depends
	 * on the timing of background merges: ties could rank differently from one build to
	 * the next).
	 */
	private IndexWriterConfig config() {
		return new IndexWriterConfig(this.analyzer).setSimilarity(this.similarity)
			.setMergePolicy(new LogByteSizeMergePolicy())
			.setCommitOnClose(false);
	}

	/** Gives the article's sections their keys and their display data. */
	private long[] register(Article article) {
		long[] keys = new long[article.sections().size()];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = this.nextKey++;
			this.shown.put(keys[i], new ShownSection(article, article.sections().get(i)));
		}
		return keys;
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
	 * Makes the changes visible. The display data of replaced sections goes when the last
	 * query still holding the searcher that showed them has released it (its reader
	 * closes then), so every hit of every searcher has its display data and the index
	 * stores none.
	 */
	void publish() throws IOException {
		List<Long> retiring = List.copyOf(this.retired);
		this.retired.clear();
		if (!retiring.isEmpty()) {
			IndexSearcher showing = this.searchers.acquire();
			try {
				showing.getIndexReader()
					.getReaderCacheHelper()
					.addClosedListener((reader) -> retiring.forEach(this.shown::remove));
			}
			finally {
				this.searchers.release(showing);
			}
		}
		this.searchers.maybeRefreshBlocking();
	}

	/**
	 * The display data of a section by its key; {@code null} only for a key no searcher
	 * acquired from this index holds.
	 */
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
