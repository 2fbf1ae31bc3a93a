package dev.fureai.chat;

import java.time.Instant;

/**
 * One message of a conversation as stored.
 *
 * @param author {@code customer}, {@code bot} or {@code agent} (a person of the console)
 * @param body the message's JSON exactly as it was received or sent
 */
record StoredMessage(String id, String author, String type, String replyTo, String body, Instant at) {

	static final String CUSTOMER = "customer";

	static final String BOT = "bot";

	static final String AGENT = "agent";

}
