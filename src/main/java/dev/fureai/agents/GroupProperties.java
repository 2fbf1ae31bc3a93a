package dev.fureai.agents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One-to-many answers in the low-touch pool ({@code fureai.agents.groups.*}).
 *
 * @param similarity the Jaccard similarity of two questions' analysed words (Kuromoji
 * base forms) from which they count as "similar questions", 0 to 1; every pair in a group
 * must reach it
 * @param minSize the fewest questions that make a group
 * @param maxSize the most customers one group answer goes to (a larger set is split)
 * @param maxAnswerLength the longest group answer, in characters (at most the chat's
 * 4,000)
 */
@ConfigurationProperties("fureai.agents.groups")
record GroupProperties(@DefaultValue("0.5") double similarity, @DefaultValue("2") int minSize,
		@DefaultValue("30") int maxSize, @DefaultValue("2000") int maxAnswerLength) {

	GroupProperties {
		if (similarity <= 0 || similarity > 1) {
			throw new IllegalArgumentException("fureai.agents.groups.similarity must be above 0 and at most 1");
		}
		if (minSize < 2 || maxSize < minSize) {
			throw new IllegalArgumentException("fureai.agents.groups: need 2 <= min-size <= max-size");
		}
		if (maxAnswerLength < 1 || maxAnswerLength > dev.fureai.chat.AgentReplies.MAX_TEXT) {
			throw new IllegalArgumentException(
					"fureai.agents.groups.max-answer-length must be 1 to " + dev.fureai.chat.AgentReplies.MAX_TEXT);
		}
	}

}
