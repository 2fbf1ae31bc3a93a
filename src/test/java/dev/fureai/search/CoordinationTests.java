package dev.fureai.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.fureai.content.Article;
import dev.fureai.content.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CoordinationTests {

	private static final List<Article> ARTICLES = List.of(
			Fixtures.ja("both", "住民票の写しの手数料", List.of(), Fixtures.intro("住民票の写しの手数料は1通300円です。")),
			Fixtures.ja("one", "住民票の写しの取り方", List.of(), Fixtures.intro("住民票の写しは市民課の窓口で取れます。")),
			Fixtures.ja("other", "ごみの出し方", List.of(), Fixtures.intro("燃えるごみは週2回出してください。")));

	@Test
	void aSectionMatchingPartOfTheQuestionIsMarkedDownAndTheBestMatchKeepsItsScore() {
		Map<String, Float> off = scores(0f, "住民票の手数料");
		Map<String, Float> on = scores(1f, "住民票の手数料");
		assertThat(on.get("both")).isCloseTo(off.get("both"), within(1e-6f));
		float factor = on.get("one") / off.get("one");
		// (0.5 + 0.5 × share) with share strictly between 0 and 1
		assertThat(factor).isGreaterThan(0.5f).isLessThan(1f);
		assertThat(on).doesNotContainKey("other");
	}

	@Test
	void aQuestionMatchedByReadingsAloneKeepsItsScores() {
		Map<String, Float> off = scores(0f, "じゅうみんひょう");
		Map<String, Float> on = scores(1f, "じゅうみんひょう");
		assertThat(off).isNotEmpty();
		off.forEach((id, score) -> assertThat(on.get(id)).isCloseTo(score, within(1e-6f)));
	}

	private static Map<String, Float> scores(float coordination, String question) {
		SearchProperties d = SearchProperties.defaults();
		SearchProperties.Ranking r = d.ranking();
		SearchProperties properties = new SearchProperties(d.maxQuestionLength(),
				new SearchProperties.Ranking(r.bodyBoost(), r.englishBodyBoost(), r.bigramBoost(), r.bodyBigramBoost(),
						r.yomiBoost(), r.tieBreaker(), r.bm25K1(), r.bm25B(), r.latinJapaneseBoost(), 0f, coordination),
				d.decision(), d.snippetLength());
		SearchEngine engine = SearchEngine.build(Fixtures.snapshot(1, ARTICLES, "", ""), properties);
		return engine.search(question, Lang.JA, 10)
			.hits()
			.stream()
			.collect(Collectors.toMap(SearchHit::articleId, SearchHit::score, (a, b) -> a));
	}

}
