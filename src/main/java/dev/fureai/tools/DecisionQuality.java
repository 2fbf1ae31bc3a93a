package dev.fureai.tools;

import java.util.List;
import java.util.Map;

import dev.fureai.search.AnswerDecision.Kind;

/**
 * How well the answer / clarify / no-answer decisions fit the judgements: coverage (share
 * of questions answered outright), precision (share of answers whose article is relevant,
 * grade &ge; 1), Hit@3 among clarify decisions, and the share of no-answer decisions
 * where the top 3 truly held nothing relevant.
 *
 * @param questions judged questions counted
 * @param answered questions answered outright
 * @param correct answers whose article is relevant
 * @param clarified clarify decisions
 * @param clarifiedHit3 clarify decisions with a relevant article in the top 3
 * @param declined no-answer decisions
 * @param declinedRightly no-answer decisions without a relevant article in the top 3
 */
record DecisionQuality(int questions, int answered, int correct, int clarified, int clarifiedHit3, int declined,
		int declinedRightly) {

	/** One judged question: its decision and its ranking. */
	record Outcome(Kind kind, List<String> ranking) {
	}

	static DecisionQuality of(List<Outcome> outcomes, List<Map<String, Integer>> grades) {
		int answered = 0;
		int correct = 0;
		int clarified = 0;
		int clarifiedHit3 = 0;
		int declined = 0;
		int declinedRightly = 0;
		for (int i = 0; i < outcomes.size(); i++) {
			Map<String, Integer> judged = grades.get(i);
			List<String> ranking = outcomes.get(i).ranking();
			boolean top1 = !ranking.isEmpty() && judged.getOrDefault(ranking.get(0), 0) >= 1;
			boolean top3 = ranking.stream().limit(3).anyMatch((id) -> judged.getOrDefault(id, 0) >= 1);
			switch (outcomes.get(i).kind()) {
				case ANSWER -> {
					answered++;
					correct += top1 ? 1 : 0;
				}
				case CLARIFY -> {
					clarified++;
					clarifiedHit3 += top3 ? 1 : 0;
				}
				case NO_ANSWER -> {
					declined++;
					declinedRightly += top3 ? 0 : 1;
				}
			}
		}
		return new DecisionQuality(outcomes.size(), answered, correct, clarified, clarifiedHit3, declined,
				declinedRightly);
	}

	double coverage() {
		return ratio(this.answered, this.questions);
	}

	double precision() {
		return ratio(this.correct, this.answered);
	}

	double clarifyHit3() {
		return ratio(this.clarifiedHit3, this.clarified);
	}

	double noAnswerRight() {
		return ratio(this.declinedRightly, this.declined);
	}

	private static double ratio(int part, int whole) {
		return (whole == 0) ? 0 : (double) part / whole;
	}

}
