package dev.fureai.agents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.fureai.agents.QuestionGroups.Candidate;
import dev.fureai.agents.QuestionGroups.Group;
import dev.fureai.agents.QuestionGroups.Reason;
import dev.fureai.content.ContentScanner;
import dev.fureai.search.SearchEngine;
import dev.fureai.search.SearchProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Grouping waiting questions: by the same best article first, then by the Jaccard
 * similarity of their analysed words with every member; deterministic for a queue order.
 */
class QuestionGroupsTests {

	@Test
	void questionsWithTheSameBestArticleFormOneGroupInQueueOrder() {
		List<Candidate> queue = List.of(c("e1", "invoice", "請求"), c("e2", "password", "パスワード"),
				c("e3", "invoice", "宛名"), c("e4", null, "解約"), c("e5", "invoice", "会社"));

		List<Group> groups = QuestionGroups.of(queue, 0.5, 2, 30);

		assertThat(groups).singleElement().satisfies((g) -> {
			assertThat(g.reason()).isEqualTo(Reason.SAME_ARTICLE);
			assertThat(g.articleId()).isEqualTo("invoice");
			assertThat(g.articleTitle()).isEqualTo("title of invoice");
			assertThat(g.key()).isEqualTo("article:invoice:e1");
			assertThat(g.members()).extracting(Candidate::id).containsExactly("e1", "e3", "e5");
		});
	}

	@Test
	void similarQuestionsNeedTheThresholdWithEveryMemberSoTopicsDoNotChain() {
		// a~b = 3/5 = 0.6, b~c = 0.6, a~c = 2/6 = 0.33: c may not join a and b
		Candidate a = c("a", null, "請求", "書", "宛名", "変更");
		Candidate b = c("b", null, "請求", "書", "宛名", "送付");
		Candidate c = c("c", null, "請求", "書", "送付", "住所");
		Candidate d = c("d", null, "請求", "書", "送付", "住所", "番地");

		List<Group> groups = QuestionGroups.of(List.of(a, b, c, d), 0.5, 2, 30);

		assertThat(groups).extracting((g) -> g.members().stream().map(Candidate::id).toList())
			.containsExactly(List.of("a", "b"), List.of("c", "d"));
		Group first = groups.get(0);
		assertThat(first.reason()).isEqualTo(Reason.SIMILAR_QUESTIONS);
		assertThat(first.key()).isEqualTo("similar:a");
		assertThat(first.articleId()).isNull();
		assertThat(first.sharedTerms()).containsExactly("宛名", "書", "請求");
		assertThat(first.similarity()).isCloseTo(0.6, within(1e-9));
		assertThat(groups.get(1).similarity()).isCloseTo(0.8, within(1e-9));
	}

	@Test
	void aQuestionAloneInItsArticleMayStillBeSimilarToOthers() {
		Candidate a = c("a", "receipt", "宛名", "変更", "領収");
		Candidate b = c("b", null, "宛名", "変更", "領収", "会社");
		Candidate lone = c("x", null, "api", "上限");

		assertThat(QuestionGroups.of(List.of(a, b, lone), 0.5, 2, 30)).singleElement()
			.satisfies((g) -> assertThat(g.members()).extracting(Candidate::id).containsExactly("a", "b"));
	}

	@Test
	void questionsWithoutWordsAndSingletonsAreNotGrouped() {
		List<Candidate> queue = List.of(c("a", null), c("b", null), c("c", null, "解約"), c("d", "x", "請求"));

		assertThat(QuestionGroups.of(queue, 0.5, 2, 30)).isEmpty();
	}

	@Test
	void largeSetsAreSplitAtTheMaximumAndTheThresholdIsRespected() {
		List<Candidate> queue = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			queue.add(c("a" + i, "same", "請求"));
		}
		assertThat(QuestionGroups.of(queue, 0.5, 2, 3)).extracting((g) -> g.members().size()).containsExactly(3, 3);
		List<Candidate> similar = List.of(c("s1", null, "a", "b"), c("s2", null, "a", "c"));
		assertThat(QuestionGroups.of(similar, 0.34, 2, 30)).isEmpty();
		assertThat(QuestionGroups.of(similar, 0.33, 2, 30)).hasSize(1);
		assertThat(QuestionGroups.of(similar, 0.33, 3, 30)).isEmpty();
	}

	@Test
	void theSameQueueAlwaysGivesTheSameGroups() {
		List<Candidate> queue = List.of(c("a", null, "x", "y"), c("b", "art", "p"), c("c", null, "x", "y", "z"),
				c("d", "art", "q"), c("e", null, "y", "z"));
		List<Group> first = QuestionGroups.of(queue, 0.5, 2, 30);
		for (int i = 0; i < 5; i++) {
			assertThat(QuestionGroups.of(queue, 0.5, 2, 30)).isEqualTo(first);
		}
		assertThat(first).extracting(Group::key).containsExactly("article:art:b", "similar:a");
	}

	@Test
	void jaccardOfTheSearchModulesAnalysedWords() {
		SearchEngine engine = SearchEngine.build(ContentScanner.scan(Path.of("content")), SearchProperties.defaults());
		Set<String> change = terms(engine, "請求書の宛名を変更したい");
		Set<String> colloquial = terms(engine, "請求書の宛名って変えられますか？");
		Set<String> password = terms(engine, "パスワードを忘れました");
		// 変更 and 変える meet through the writers' synonyms; particles and endings vanish
		assertThat(QuestionGroups.jaccard(change, colloquial)).isEqualTo(1.0);
		assertThat(QuestionGroups.jaccard(change, password)).isZero();
		assertThat(QuestionGroups.jaccard(Set.of(), Set.of())).isZero();

		List<Group> groups = QuestionGroups.of(List.of(new Candidate("1", "", null, null, change),
				new Candidate("2", "", null, null, password), new Candidate("3", "", null, null, colloquial)), 0.5, 2,
				30);
		assertThat(groups).singleElement()
			.satisfies((g) -> assertThat(g.members()).extracting(Candidate::id).containsExactly("1", "3"));
	}

	private static Set<String> terms(SearchEngine engine, String question) {
		return new HashSet<>(engine.terms(question));
	}

	private static Candidate c(String id, String article, String... terms) {
		return new Candidate(id, String.join("", terms), article, (article != null) ? "title of " + article : null,
				Set.of(terms));
	}

}
