package dev.fureai.agents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fureai.chat.Transcripts;

import tools.jackson.databind.JsonNode;

/**
 * What a transcript says at a glance, for the context card: the guides the bot showed and
 * the feedback the customer gave (read from the stored messages, as sent).
 */
final class TranscriptFacts {

	private TranscriptFacts() {
	}

	/** Every guide the bot showed, once each, in the order first shown. */
	static List<Shown> articlesShown(List<Transcripts.Line> transcript) {
		Map<String, Shown> shown = new LinkedHashMap<>();
		for (Transcripts.Line line : transcript) {
			JsonNode m = line.message();
			switch (line.type()) {
				case "answer" -> add(shown, m, "answer");
				case "clarify" -> m.path("choices").forEach((g) -> add(shown, g, "clarify"));
				case "no_answer" -> m.path("closest").forEach((g) -> add(shown, g, "no_answer"));
				case "alternatives" -> m.path("guides").forEach((g) -> add(shown, g, "alternatives"));
				case "escalated" -> m.path("guides").forEach((g) -> add(shown, g, "escalated"));
				default -> {
				}
			}
		}
		return List.copyOf(shown.values());
	}

	private static void add(Map<String, Shown> shown, JsonNode guide, String as) {
		String articleId = guide.path("articleId").asString("");
		if (articleId.isEmpty()) {
			return;
		}
		String section = guide.path("section").isString() ? guide.path("section").asString() : null;
		String key = articleId + "#" + section;
		shown.putIfAbsent(key, new Shown(articleId, guide.path("title").asString(""), section,
				guide.path("link").asString("/articles/" + articleId), as));
	}

	/** The customer's feedback, with the title of the answer it was about. */
	static List<Given> feedback(List<Transcripts.Line> transcript) {
		Map<String, String> answers = new LinkedHashMap<>();
		List<Given> given = new ArrayList<>();
		for (Transcripts.Line line : transcript) {
			JsonNode m = line.message();
			if ("answer".equals(line.type())) {
				answers.put(line.id(), m.path("title").asString(""));
			}
			else if ("feedback".equals(line.type()) && "customer".equals(line.from())) {
				String answerId = m.path("answerId").asString("");
				given.add(new Given(answerId, answers.get(answerId), m.path("resolved").asBoolean(false),
						m.path("comment").isString() ? m.path("comment").asString() : null, line.at()));
			}
		}
		return given;
	}

	/**
	 * A guide the bot showed.
	 *
	 * @param as how: {@code answer}, {@code clarify}, {@code no_answer},
	 * {@code alternatives} or {@code escalated}
	 */
	record Shown(String articleId, String title, String section, String link, String as) {

	}

	/**
	 * 解決した ({@code resolved}) or 解決しない for an answer.
	 *
	 * @param answerTitle the answer's article title, or {@code null} when the answer is
	 * older than the transcript shown
	 */
	record Given(String answerId, String answerTitle, boolean resolved, String comment, java.time.Instant at) {

	}

}
