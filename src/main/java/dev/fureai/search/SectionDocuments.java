package dev.fureai.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import dev.fureai.content.Article;
import dev.fureai.content.Lang;
import dev.fureai.content.Section;

/**
 * Turns an article into one Lucene document per section. Every section carries the
 * article's title and questions, so the best section of an article wins on its own text
 * while the article as a whole is still found by how customers ask for it.
 */
final class SectionDocuments {

	/**
	 * Section text with offsets in its postings, which the snippets read: a hit's matches
	 * are then a skip in the postings of the query's own terms.
	 */
	static final FieldType BODY;

	/**
	 * Title, questions, their bigrams and readings, and the section text's bigrams
	 * without positions: nothing reads their positions (no phrase queries), and the
	 * snippets of the rare hits that only bigrams mark re-analyse the text
	 * ({@link Snippets}), so writing them cost indexing time and memory for nothing.
	 */
	static final FieldType PHRASING;

	static {
		BODY = new FieldType(TextField.TYPE_NOT_STORED);
		BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		BODY.freeze();
		PHRASING = new FieldType(TextField.TYPE_NOT_STORED);
		PHRASING.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		PHRASING.freeze();
	}

	private SectionDocuments() {
	}

	/**
	 * The article's section documents; {@code keys} gives each section the number under
	 * which {@link SectionIndex} keeps what the hit shows. The title and questions are
	 * analysed here, once per article ({@link Phrasings}); the section text by the index
	 * writer with the same {@code analyzer}.
	 */
	static List<Document> of(Article article, long[] keys, Analyzer analyzer) {
		List<Document> documents = new ArrayList<>(article.sections().size());
		Phrasings phrasings = new Phrasings(analyzer);
		for (int i = 0; i < article.sections().size(); i++) {
			Document document = of(article, article.sections().get(i), phrasings);
			document.add(new NumericDocValuesField(Fields.KEY, keys[i]));
			documents.add(document);
		}
		return documents;
	}

	private static Document of(Article article, Section section, Phrasings phrasings) {
		Lang lang = article.lang();
		String title = (section.heading() != null) ? article.title() + "\n" + section.heading() : article.title();
		Document document = new Document();
		// what a hit shows is kept in memory (SectionIndex), not stored
		document.add(new StringField(Fields.ID, article.id(), Field.Store.NO));
		document.add(new SortedDocValuesField(Fields.ID, new BytesRef(article.id())));
		String morph = Fields.questions(lang);
		document.add(new Field(Fields.title(lang), phrasings.tokens(morph, title), PHRASING));
		article.questions()
			.forEach((q) -> document.add(new Field(Fields.questions(lang), phrasings.tokens(morph, q), PHRASING)));
		document.add(new Field(Fields.body(lang), section.text(), BODY));
		if (lang == Lang.JA) {
			String bigram = Fields.QUESTIONS_BIGRAM;
			document.add(new Field(Fields.TITLE_BIGRAM, phrasings.tokens(bigram, title), PHRASING));
			article.questions().forEach((q) -> document.add(new Field(bigram, phrasings.tokens(bigram, q), PHRASING)));
			document.add(new Field(Fields.BODY_BIGRAM, section.text(), PHRASING));
			document.add(new Field(Fields.YOMI, phrasings.tokens(Fields.YOMI, title), PHRASING));
			article.questions()
				.forEach((q) -> document.add(new Field(Fields.YOMI, phrasings.tokens(Fields.YOMI, q), PHRASING)));
		}
		return document;
	}

}
