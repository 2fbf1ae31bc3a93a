package dev.fureai.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fureai.content.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DocScoresTests {

	private final EngineState state = EngineState.build(Fixtures.snapshot(), Dictionaries.load(Fixtures.snapshot()),
			SearchProperties.defaults());

	@ParameterizedTest
	@ValueSource(strings = { "パスワードを忘れたのでログインできない", "やめたい", "りょうしゅうしょ", "ハコブネX2 アプリ", "export projects" })
	void scoresEveryDocumentAsLuceneDoes(String question) throws IOException {
		IndexSearcher searcher = this.state.index().acquire();
		try {
			Query query = this.state.queries().build(question, Set.of(Lang.JA, Lang.EN), null, searcher);
			float[] scores = DocScores.of(searcher, query);
			List<ScoreDoc> lucene = List.of(searcher.search(query, scores.length).scoreDocs);
			assertThat(lucene).isNotEmpty();
			assertThat(lucene).allSatisfy((hit) -> assertThat(scores[hit.doc]).isCloseTo(hit.score, within(1e-4f)));
			long matched = 0;
			for (float score : scores) {
				matched += (score > 0) ? 1 : 0;
			}
			assertThat(matched).isEqualTo(lucene.size());
		}
		finally {
			this.state.index().release(searcher);
		}
	}

}
