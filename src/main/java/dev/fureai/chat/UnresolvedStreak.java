package dev.fureai.chat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.fureai.chat.ClientMessage.Feedback;

/**
 * How many turns in a row the bot did not help: a {@code no_answer}, or 解決しない feedback
 * (once per answer). Derived from the stored messages, newest first, so it needs no state
 * of its own and survives restarts: an answer nobody called unhelpful, 解決した feedback, or
 * an escalation (it consumed the streak) ends the count.
 */
final class UnresolvedStreak {

	private UnresolvedStreak() {
	}

	static int of(List<StoredMessage> conversation, ProtocolCodec codec) {
		Set<String> unhelpful = new HashSet<>();
		int count = 0;
		for (StoredMessage m : conversation.reversed()) {
			if (StoredMessage.CUSTOMER.equals(m.author())) {
				if ("feedback".equals(m.type()) && codec.decode(m.body()) instanceof Feedback feedback) {
					if (feedback.resolved()) {
						return count;
					}
					if (unhelpful.add(feedback.answerId())) {
						count++;
					}
				}
				continue;
			}
			switch (m.type()) {
				case "no_answer" -> count++;
				case "escalated" -> {
					return count;
				}
				case "answer" -> {
					if (!unhelpful.contains(m.id())) {
						return count;
					}
				}
				default -> {
					// clarify, ack, alternatives, queue updates: neither help nor failure
				}
			}
		}
		return count;
	}

}
