package dev.fureai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.fureai.content.Article;
import dev.fureai.content.Lang;
import dev.fureai.content.Section;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Title and questions are analysed once per article and replayed into each section's
 * fields ({@link Phrasings}): the index must hold exactly what analysing every field
 * value in the index writer gives — the same terms, frequencies and length norms, hence
 * the same scores.
 */
class PhrasingsTests {

	private static final List<String> PHRASING_FIELDS = List.of(Fields.title(Lang.JA), Fields.questions(Lang.JA),
			Fields.TITLE_BIGRAM, Fields.QUESTIONS_BIGRAM, Fields.YOMI, Fields.title(Lang.EN),
			Fields.questions(Lang.EN));

	@Test
	void replayedTokensIndexAsTheAnalyserWouldHave() throws IOException {
		List<Article> articles = new ArrayList<>(Fixtures.articles());
		// a title that is also a question, several sections, a question asked twice
		articles.add(Fixtures.ja("same", "パスワードを忘れた場合", List.of("パスワードを忘れた場合", "ログインできない", "ログインできない"),
				Fixtures.intro("ログインできないときの手順です。"), Fixtures.section("steps", "手順", "再設定の手順です。"),
				Fixtures.section("note", "注意", "管理者に連絡してください。")));
		Analyzer analyzer = Analyzers.of(Dictionaries.load(Fixtures.snapshot())).indexing();

		try (ByteBuffersDirectory replayed = new ByteBuffersDirectory();
				ByteBuffersDirectory analysed = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(replayed, new IndexWriterConfig(analyzer))) {
				for (Article article : articles) {
					writer.addDocuments(SectionDocuments.of(article, new long[article.sections().size()], analyzer));
				}
			}
			try (IndexWriter writer = new IndexWriter(analysed, new IndexWriterConfig(analyzer))) {
				for (Article article : articles) {
					for (Section section : article.sections()) {
						writer.addDocument(textFields(article, section));
					}
				}
			}
			assertThat(statistics(replayed)).isNotEmpty().isEqualTo(statistics(analysed));
		}
	}

	/** The phrasing fields as plain text, analysed by the writer. */
	private static Document textFields(Article article, Section section) {
		Lang lang = article.lang();
		String title = (section.heading() != null) ? article.title() + "\n" + section.heading() : article.title();
		Document document = new Document();
		document.add(new Field(Fields.title(lang), title, SectionDocuments.PHRASING));
		article.questions()
			.forEach((q) -> document.add(new Field(Fields.questions(lang), q, SectionDocuments.PHRASING)));
		if (lang == Lang.JA) {
			document.add(new Field(Fields.TITLE_BIGRAM, title, SectionDocuments.PHRASING));
			article.questions()
				.forEach((q) -> document.add(new Field(Fields.QUESTIONS_BIGRAM, q, SectionDocuments.PHRASING)));
			document.add(new Field(Fields.YOMI, title, SectionDocuments.PHRASING));
			article.questions().forEach((q) -> document.add(new Field(Fields.YOMI, q, SectionDocuments.PHRASING)));
		}
		return document;
	}

	/** Per phrasing field: each term's document and total frequency, and every norm. */
	private static Map<String, String> statistics(ByteBuffersDirectory directory) throws IOException {
		Map<String, String> statistics = new TreeMap<>();
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			assertThat(reader.leaves()).hasSize(1);
			LeafReader leaf = reader.leaves().get(0).reader();
			for (String field : PHRASING_FIELDS) {
				Terms terms = leaf.terms(field);
				if (terms == null) {
					continue;
				}
				TermsEnum iterator = terms.iterator();
				for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
					statistics.put(field + ":" + term.utf8ToString(),
							iterator.docFreq() + "/" + iterator.totalTermFreq());
				}
				NumericDocValues norms = leaf.getNormValues(field);
				StringBuilder values = new StringBuilder();
				for (int doc = norms.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = norms.nextDoc()) {
					values.append(doc).append('=').append(norms.longValue()).append(' ');
				}
				statistics.put(field + " norms", values.toString());
			}
		}
		return statistics;
	}

}
