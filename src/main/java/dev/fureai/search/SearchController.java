package dev.fureai.search;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dev.fureai.content.Lang;

/**
 * The help center's search box: ranked sections and completions as JSON. Parameters are
 * checked here so a bad request gets a clear 400 (as a problem detail) instead of a
 * silently shortened search.
 */
@RestController
@RequestMapping("/api")
class SearchController {

	private final Search search;

	private final SearchProperties properties;

	SearchController(Search search, SearchProperties properties) {
		this.search = search;
		this.properties = properties;
	}

	@GetMapping("/search")
	SearchResponse search(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
			@RequestParam(defaultValue = "5") int k) {
		checkText(q);
		checkK(k, 20);
		Lang language = null;
		if (lang != null && !lang.isBlank()) {
			language = Lang.fromCode(lang)
				.orElseThrow(() -> badRequest("lang は ja か en を指定してください (lang must be ja or en)"));
		}
		return SearchResponse.of(this.search.search(q, language, k));
	}

	@GetMapping("/suggest")
	List<SuggestionResponse> suggest(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "8") int k) {
		checkText(q);
		checkK(k, 20);
		return this.search.suggest(q, k).stream().map((s) -> new SuggestionResponse(s.text(), s.articleId())).toList();
	}

	private void checkText(String q) {
		if (q == null) {
			throw badRequest("q（検索する文）を指定してください (q is required)");
		}
		if (q.length() > this.properties.maxQuestionLength()) {
			throw badRequest("q が長すぎます。" + this.properties.maxQuestionLength() + " 文字以内にしてください (q is too long)");
		}
	}

	private static void checkK(int k, int max) {
		if (k < 1 || k > max) {
			throw badRequest("k は 1 から " + max + " までの数にしてください (k must be 1.." + max + ")");
		}
	}

	private static ResponseStatusException badRequest(String message) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
	}

	record SearchResponse(String question, String status, List<String> languages, List<HitResponse> hits,
			DecisionResponse decision) {

		static SearchResponse of(SearchResult result) {
			AnswerDecision decision = result.decision();
			return new SearchResponse(result.question(), result.status().name(),
					result.languages().stream().map(Lang::code).sorted().toList(),
					result.hits().stream().map(HitResponse::of).toList(), new DecisionResponse(decision.kind().name(),
							decision.choices().stream().map(SearchHit::address).toList(), decision.reason()));
		}

	}

	/** The decision with its choices as section addresses (the hits carry the rest). */
	record DecisionResponse(String kind, List<String> choices, String reason) {
	}

	record HitResponse(String articleId, String anchor, String address, String title, String sectionHeading,
			float score, String snippet, String html) {

		static HitResponse of(SearchHit hit) {
			return new HitResponse(hit.articleId(), hit.anchor(), hit.address(), hit.title(), hit.sectionHeading(),
					hit.score(), hit.snippet(), hit.html());
		}

	}

	record SuggestionResponse(String text, String articleId) {
	}

}
