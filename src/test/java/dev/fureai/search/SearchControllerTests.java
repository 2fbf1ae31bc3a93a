package dev.fureai.search;

import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(SearchController.class)
@Import(SearchControllerTests.FixtureSearch.class)
class SearchControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void searchReturnsRankedSectionsAsJson() {
		assertThat(this.mvc.get().uri("/api/search").param("q", "解約したらデータは削除されますか").param("k", "2")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.status").isEqualTo("OK");
				assertThat(json).extractingPath("$.languages").asArray().containsExactly("ja");
				assertThat(json).extractingPath("$.hits").asArray().hasSize(2);
				assertThat(json).extractingPath("$.hits[0].articleId").isEqualTo("cancel");
				assertThat(json).extractingPath("$.hits[0].anchor").isEqualTo("before-cancel");
				assertThat(json).extractingPath("$.hits[0].address").isEqualTo("cancel#before-cancel");
				assertThat(json).extractingPath("$.hits[0].title").isEqualTo("解約方法");
				assertThat(json).extractingPath("$.hits[0].sectionHeading").isEqualTo("解約前に確認すること");
				assertThat(json).extractingPath("$.hits[0].snippet").asString().contains("<mark>削除</mark>");
				assertThat(json).extractingPath("$.hits[0].html").asString().startsWith("<p>");
				assertThat(json).extractingPath("$.hits[0].score").isNotNull();
			});
	}

	@Test
	void searchHonoursAnExplicitLanguage() {
		assertThat(this.mvc.get().uri("/api/search").param("q", "export").param("lang", "en")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.languages").asArray().containsExactly("en");
				assertThat(json).extractingPath("$.hits[0].articleId").isEqualTo("export-en");
				assertThat(json).extractingPath("$.hits[0].sectionHeading").isNull();
			});
	}

	@Test
	void blankQuestionIsAnEmptyResultNotAnError() {
		assertThat(this.mvc.get().uri("/api/search").param("q", "  ")).hasStatusOk().bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.status").isEqualTo("EMPTY");
			assertThat(json).extractingPath("$.hits").asArray().isEmpty();
		});
	}

	@Test
	void badSearchParametersAreRejectedWithAReadableProblem() {
		assertBadRequest(this.mvc.get().uri("/api/search"), "q");
		assertBadRequest(this.mvc.get().uri("/api/search").param("q", "あ".repeat(1001)), "長すぎます");
		assertBadRequest(this.mvc.get().uri("/api/search").param("q", "解約").param("k", "0"), "k は 1 から 20");
		assertBadRequest(this.mvc.get().uri("/api/search").param("q", "解約").param("k", "21"), "k は 1 から 20");
		assertBadRequest(this.mvc.get().uri("/api/search").param("q", "解約").param("lang", "fr"), "lang");
	}

	/**
	 * A {@code k} that is not a number is refused in both languages like the controller's
	 * own refusals, not in Spring's English only ("Failed to convert 'k'…").
	 */
	@Test
	void aKThatIsNotANumberIsRefusedInJapaneseThenEnglish() {
		assertBadRequest(this.mvc.get().uri("/api/search").param("q", "解約").param("k", "many"),
				"k は数で指定してください (k must be a number)");
		assertBadRequest(this.mvc.get().uri("/api/suggest").param("q", "か").param("k", "abc"),
				"k は数で指定してください (k must be a number)");
	}

	/** Any other refusal of Spring's keeps its English, after a Japanese text. */
	@Test
	void springsOtherRefusalsGetAJapaneseTextFirst() throws Exception {
		ResponseEntity<Object> response = new SearchApiErrors().handleException(
				new HttpRequestMethodNotSupportedException("POST", List.of("GET")),
				new ServletWebRequest(new MockHttpServletRequest()));
		assertThat(response.getBody()).asInstanceOf(InstanceOfAssertFactories.type(ProblemDetail.class))
			.extracting(ProblemDetail::getDetail)
			.isEqualTo("リクエストを処理できませんでした（405） (Method 'POST' is not supported.)");
	}

	@Test
	void suggestCompletesKanaPrefixes() {
		assertThat(this.mvc.get().uri("/api/suggest").param("q", "かいや").param("k", "1")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("[{\"text\":\"解約方法\",\"articleId\":\"cancel\"}]");
		assertThat(this.mvc.get().uri("/api/suggest").param("q", "")).hasStatusOk().bodyJson().isLenientlyEqualTo("[]");
	}

	@Test
	void badSuggestParametersAreRejected() {
		assertBadRequest(this.mvc.get().uri("/api/suggest"), "q");
		assertBadRequest(this.mvc.get().uri("/api/suggest").param("q", "か").param("k", "100"), "k");
	}

	private void assertBadRequest(MockMvcTester.MockMvcRequestBuilder request, String detail) {
		assertThat(request).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains(detail);
	}

	@TestConfiguration
	@EnableConfigurationProperties(SearchProperties.class)
	static class FixtureSearch {

		@Bean
		Search search(SearchProperties properties) {
			return SearchEngine.build(Fixtures.snapshot(), properties);
		}

	}

}
