package dev.fureai.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The question's words reach the thesaurus in the question's order, whatever the
 * process's hash seed: Lucene's own {@code visit} walks a boolean query's clauses out of
 * hash sets, so the same question expanded (and ranked) differently from one start of the
 * server to the next.
 */
class QueryTermsOrderTests {

	@Test
	void termsComeInTheOrderTheirClausesWereAdded() {
		List<String> words = new ArrayList<>();
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (int i = 0; i < 30; i++) {
			String word = "語" + (char) ('あ' + (i * 7) % 30);
			words.add(word);
			if (i % 3 == 0) {
				query.add(new BoostQuery(new TermQuery(new Term("questions_ja", word)), 2f), Occur.SHOULD);
			}
			else {
				query.add(new TermQuery(new Term("questions_ja", word)), Occur.SHOULD);
			}
		}
		Set<String> found = new LinkedHashSet<>();

		QueryFactory.termsInOrder(query.build(), found);

		assertThat(found).containsExactlyElementsOf(words);
	}

	@Test
	void synonymsAtOnePositionKeepTheirPlaceInTheQuestion() {
		BooleanQuery query = new BooleanQuery.Builder().add(new TermQuery(new Term("f", "請求書")), Occur.SHOULD)
			.add(new SynonymQuery.Builder("f").addTerm(new Term("f", "解約")).addTerm(new Term("f", "退会")).build(),
					Occur.SHOULD)
			.add(new TermQuery(new Term("f", "方法")), Occur.SHOULD)
			.build();
		Set<String> found = new LinkedHashSet<>();

		QueryFactory.termsInOrder(query, found);

		assertThat(found).first().isEqualTo("請求書");
		assertThat(found).last().isEqualTo("方法");
		assertThat(found).contains("解約", "退会");
	}

}
