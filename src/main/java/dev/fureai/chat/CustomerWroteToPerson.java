package dev.fureai.chat;

import java.time.Instant;

/**
 * A customer wrote in a conversation a person has taken (the bot stayed quiet). Published
 * after the message is stored; the person's console shows it live (and finds it in the
 * transcript anyway after a reconnect).
 *
 * @param conversationId the conversation
 * @param escalationId the claimed escalation
 * @param agentId who has it
 * @param messageId the customer's message id
 * @param text what the customer wrote
 * @param at when it was stored
 */
public record CustomerWroteToPerson(String conversationId, String escalationId, String agentId, String messageId,
		String text, Instant at) {

}
