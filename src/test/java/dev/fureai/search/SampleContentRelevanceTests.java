package dev.fureai.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fureai.content.ContentScanner;
import dev.fureai.content.ContentSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance regression over the shipped sample content ({@code content/}) and its
 * colloquial questions ({@code search/relevance.tsv}). The floors sit a little under what
 * the pipeline reaches, so a change that costs relevance fails the build; raise them when
 * ranking improves. Misses are printed to tune synonyms and boosts.
 */
class SampleContentRelevanceTests {

	private static final double HIT_AT_1_FLOOR = 0.87;

	private static final double HIT_AT_3_FLOOR = 0.97;

	private static ContentSnapshot snapshot;

	private static List<String[]> cases;

	@BeforeAll
	static void load() throws IOException {
		snapshot = ContentScanner.scan(Path.of("content"));
		cases = new ArrayList<>();
		try (var lines = Files.lines(Path.of("src/test/resources/search/relevance.tsv"), StandardCharsets.UTF_8)) {
			lines.skip(1).filter((line) -> !line.isBlank()).forEach((line) -> cases.add(line.split("\t")));
		}
	}

	@Test
	void sampleContentAndDictionariesHaveNoProblems() {
		assertThat(snapshot.problems()).isEmpty();
		assertThat(SearchDictionaries.check(snapshot)).isEmpty();
		assertThat(cases).allSatisfy((c) -> assertThat(snapshot.articles()).containsKey(c[1]));
	}

	@Test
	void colloquialQuestionsFindTheirArticle() {
		SearchEngine engine = SearchEngine.build(snapshot, SearchProperties.defaults());
		int top1 = 0;
		int top3 = 0;
		List<String> misses = new ArrayList<>();
		for (String[] c : cases) {
			List<String> ids = engine.search(c[0], null, 3).hits().stream().map(SearchHit::articleId).toList();
			int rank = ids.indexOf(c[1]);
			top1 += (rank == 0) ? 1 : 0;
			top3 += (rank >= 0) ? 1 : 0;
			if (rank != 0) {
				misses
					.add("rank " + ((rank < 0) ? "-" : rank + 1) + "\t" + c[0] + "\texpected " + c[1] + "\tgot " + ids);
			}
		}
		double hit1 = (double) top1 / cases.size();
		double hit3 = (double) top3 / cases.size();
		System.out.printf("Relevance over %d questions: Hit@1 %.3f (%d), Hit@3 %.3f (%d)%n", cases.size(), hit1, top1,
				hit3, top3);
		misses.forEach(System.out::println);
		assertThat(hit1).as("Hit@1").isGreaterThanOrEqualTo(HIT_AT_1_FLOOR);
		assertThat(hit3).as("Hit@3").isGreaterThanOrEqualTo(HIT_AT_3_FLOOR);
	}

}
