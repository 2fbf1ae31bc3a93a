package dev.fureai.chat;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Chat behaviour ({@code fureai.chat.*}).
 *
 * @param maxQuestionLength longer questions and comments get a {@code too_long} error
 * @param messagesPerMinute messages one connection may send in any 60 seconds; more get a
 * {@code rate_limited} error and are dropped
 * @param choices how many guides a clarify offers (2 or 3)
 * @param related how many related guides an answer lists at most
 * @param historyLimit how many stored messages a resume returns at most (the latest)
 * @param contact where a customer can ask a person while no person is routed: a
 * {@code mailto:} or {@code https:} link
 */
@ConfigurationProperties("fureai.chat")
record ChatProperties(@DefaultValue("1000") int maxQuestionLength, @DefaultValue("30") int messagesPerMinute,
		@DefaultValue("3") int choices, @DefaultValue("3") int related, @DefaultValue("200") int historyLimit,
		@DefaultValue("mailto:support@example.com") String contact) {

	ChatProperties {
		if (maxQuestionLength < 1 || messagesPerMinute < 1 || historyLimit < 1 || related < 0) {
			throw new IllegalArgumentException(
					"fureai.chat: max-question-length, messages-per-minute and history-limit must be positive");
		}
		if (choices < 2 || choices > 3) {
			throw new IllegalArgumentException("fureai.chat.choices must be 2 or 3, was " + choices);
		}
		String scheme = URI.create(contact).getScheme();
		if (!"mailto".equals(scheme) && !"https".equals(scheme) && !"http".equals(scheme)) {
			throw new IllegalArgumentException("fureai.chat.contact must be a mailto: or https: link, was " + contact);
		}
	}

	static ChatProperties defaults() {
		return new ChatProperties(1000, 30, 3, 3, 200, "mailto:support@example.com");
	}

}
