package dev.fureai.search;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.fureai.content.Article;
import dev.fureai.content.Lang;

import static org.assertj.core.api.Assertions.assertThat;

class ThesaurusTests {

	@Test
	void theShippedDictionaryLoadsWholeAndExpandsOneWayForTargetOnlyWords() {
		Thesaurus thesaurus = Thesaurus.shared();
		assertThat(thesaurus.size()).isGreaterThan(20_000);
		assertThat(thesaurus.expand(Set.of("解約"), 16)).contains("キャンセル");
		assertThat(thesaurus.expand(Set.of("経緯"), 16)).contains("いきさつ", "理由");
		// 理由 is a target only in Sudachi's group of 経緯: it never expands to it
		assertThat(thesaurus.expand(Set.of("理由"), 16)).doesNotContain("経緯");
		assertThat(thesaurus.expand(Set.of("引越し"), 3)).hasSize(3);
		assertThat(thesaurus.expand(Set.of("引越し", "転居"), 16)).doesNotContain("引越し", "転居");
	}

	@Test
	void aQuestionFindsAnArticleWrittenWithASynonymOnlyWhenExpansionIsOn() {
		List<Article> articles = List.of(
				Fixtures.ja("moving", "転居届の出し方", List.of(), Fixtures.intro("転居したときは14日以内に窓口へ届け出てください。")),
				Fixtures.ja("garbage", "ごみの出し方", List.of(), Fixtures.intro("燃えるごみは週2回、朝8時までに出してください。")));
		SearchProperties on = SearchProperties.defaults();
		SearchProperties.Ranking r = on.ranking();
		SearchProperties off = new SearchProperties(on.maxQuestionLength(),
				new SearchProperties.Ranking(r.bodyBoost(), r.englishBodyBoost(), r.bigramBoost(), r.bodyBigramBoost(),
						r.yomiBoost(), r.tieBreaker(), r.bm25K1(), r.bm25B(), r.latinJapaneseBoost(), 0f,
						r.coordination()),
				on.decision(), on.snippetLength());
		String question = "引越しの手続き";
		assertThat(search(on, articles, question)).first().extracting(SearchHit::articleId).isEqualTo("moving");
		assertThat(search(off, articles, question)).extracting(SearchHit::articleId).doesNotContain("moving");
	}

	private static List<SearchHit> search(SearchProperties properties, List<Article> articles, String question) {
		SearchEngine engine = SearchEngine.build(Fixtures.snapshot(1, articles, "", ""), properties);
		return engine.search(question, Lang.JA, 3).hits();
	}

}
