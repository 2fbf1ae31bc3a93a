package dev.fureai.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
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

	static {
		BODY = new FieldType(TextField.TYPE_NOT_STORED);
		BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		BODY.freeze();
	}

	private SectionDocuments() {
	}

	/**
	 * The article's section documents; {@code keys} gives each section the number under
	 * which {@link SectionIndex} keeps what the hit shows.
	 */
	static List<Document> of(Article article, long[] keys) {
		List<Document> documents = new ArrayList<>(article.sections().size());
		for (int i = 0; i < article.sections().size(); i++) {
			Document document = of(article, article.sections().get(i));
			document.add(new NumericDocValuesField(Fields.KEY, keys[i]));
			documents.add(document);
		}
		return documents;
	}

	private static Document of(Article article, Section section) {
		Lang lang = article.lang();
		String title = (section.heading() != null) ? article.title() + "\n" + section.heading() : article.title();
		Document document = new Document();
		document.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
		document.add(new SortedDocValuesField(Fields.ID, new BytesRef(article.id())));
		document.add(new StringField(Fields.LANG, lang.code(), Field.Store.YES));
		document.add(new StoredField(Fields.ANCHOR, section.anchor()));
		document.add(new StoredField(Fields.STORED_TITLE, article.title()));
		if (section.heading() != null) {
			document.add(new StoredField(Fields.STORED_HEADING, section.heading()));
		}
		document.add(new StoredField(Fields.STORED_HTML, section.html()));
		document.add(new StoredField(Fields.STORED_TEXT, section.text()));
		document.add(new TextField(Fields.title(lang), title, Field.Store.NO));
		article.questions().forEach((q) -> document.add(new TextField(Fields.questions(lang), q, Field.Store.NO)));
		document.add(new Field(Fields.body(lang), section.text(), BODY));
		if (lang == Lang.JA) {
			document.add(new TextField(Fields.TITLE_BIGRAM, title, Field.Store.NO));
			article.questions().forEach((q) -> document.add(new TextField(Fields.QUESTIONS_BIGRAM, q, Field.Store.NO)));
			document.add(new Field(Fields.BODY_BIGRAM, section.text(), BODY));
			document.add(new TextField(Fields.YOMI, title, Field.Store.NO));
			article.questions().forEach((q) -> document.add(new TextField(Fields.YOMI, q, Field.Store.NO)));
		}
		return document;
	}

}
