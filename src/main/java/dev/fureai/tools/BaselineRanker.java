package dev.fureai.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

import dev.fureai.content.Lang;
import dev.fureai.tools.EvalDataset.FaqEntry;

/**
 * The published reference point, deliberately NOT the product pipeline: Lucene's stock
 * {@link JapaneseAnalyzer} (or {@link EnglishAnalyzer}) with default settings, BM25 with
 * default parameters, and a {@link QueryBuilder#createBooleanQuery} OR query.
 * <p>
 * "Over question + answer" means ONE text field holding {@code question + " " + answer}
 * (a newline, or the two strings as two values of the same field, give the same figures).
 * This reproduces the data sets' README exactly: localgovfaq-dev nDCG@10 0.522, MRR@10
 * 0.574, Hit@1 0.472, Hit@5 0.715, Recall@10 0.623; stackfaq-dev nDCG@10 0.724, MRR@10
 * 0.800, Hit@1 0.722, Hit@5 0.899. Two fields each queried as a SHOULD clause do not
 * (localgovfaq-dev MRR@10 0.588, Hit@1 0.493), nor does joining the texts with no
 * separator (Japanese tokens then run across the join).
 */
final class BaselineRanker implements Ranker {

	private static final String ID = "id";

	private static final String TEXT = "text";

	private final Analyzer analyzer;

	private final IndexSearcher searcher;

	private final StoredFields storedFields;

	BaselineRanker(List<FaqEntry> corpus, Lang lang) {
		this.analyzer = (lang == Lang.JA) ? new JapaneseAnalyzer() : new EnglishAnalyzer();
		try {
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			IndexWriterConfig config = new IndexWriterConfig(this.analyzer).setSimilarity(new BM25Similarity());
			try (IndexWriter writer = new IndexWriter(directory, config)) {
				for (FaqEntry entry : corpus) {
					Document document = new Document();
					document.add(new StoredField(ID, entry.id()));
					document.add(new TextField(TEXT, entry.question() + " " + entry.answer(), Field.Store.NO));
					writer.addDocument(document);
				}
			}
			DirectoryReader reader = DirectoryReader.open(directory);
			this.searcher = new IndexSearcher(reader);
			this.searcher.setSimilarity(new BM25Similarity());
			this.storedFields = reader.storedFields();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public List<RankedDoc> rank(String query, int k) {
		Query orQuery = new QueryBuilder(this.analyzer).createBooleanQuery(TEXT, query);
		if (orQuery == null) {
			// nothing left after analysis (only stop words or punctuation)
			return List.of();
		}
		try {
			List<RankedDoc> ranking = new ArrayList<>();
			for (ScoreDoc hit : this.searcher.search(orQuery, k).scoreDocs) {
				ranking.add(new RankedDoc(this.storedFields.document(hit.doc).get(ID), hit.score));
			}
			return ranking;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
