package dev.fureai.search;

import java.util.List;
import java.util.Locale;

import dev.fureai.search.AnswerDecision.Kind;

/**
 * Turns ranked hits and the query's highest possible score into an
 * {@link AnswerDecision}. Answering needs both a well-covered query and a clear lead:
 * either alone is often a near tie between two similar articles or a single common word
 * matched.
 */
final class Decider {

	private final SearchProperties.Decision thresholds;

	Decider(SearchProperties.Decision thresholds) {
		this.thresholds = thresholds;
	}

	AnswerDecision decide(List<SearchHit> hits, double maxScore) {
		if (hits.isEmpty() || maxScore <= 0) {
			return AnswerDecision.noAnswer("no article matches");
		}
		double top = hits.get(0).score();
		double second = (hits.size() > 1) ? hits.get(1).score() : 0;
		double coverage = Math.min(1, top / maxScore);
		double margin = (top > 0) ? (top - second) / top : 0;
		String figures = String.format(Locale.ROOT, "coverage %.2f, margin %.2f", coverage, margin);
		SearchProperties.Thresholds thresholds = this.thresholds.forLang(hits.get(0).lang());
		if (coverage >= thresholds.answerCoverage() && margin >= thresholds.answerMargin()) {
			return new AnswerDecision(Kind.ANSWER, hits.subList(0, 1), coverage, margin,
					"clear best match: " + figures);
		}
		if (coverage < thresholds.noAnswerCoverage()) {
			return new AnswerDecision(Kind.NO_ANSWER, List.of(), coverage, margin, "weak matches only: " + figures);
		}
		List<SearchHit> choices = hits.subList(0, Math.min(hits.size(), Math.max(1, this.thresholds.choices())));
		return new AnswerDecision(Kind.CLARIFY, choices, coverage, margin, "no clear best match: " + figures);
	}

}
