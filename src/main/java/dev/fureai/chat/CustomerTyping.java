package dev.fureai.chat;

/**
 * The customer is typing in a conversation a person has taken. Ephemeral (never stored),
 * at most one every {@code TypingRelay} interval per conversation.
 *
 * @param conversationId the conversation
 * @param escalationId the claimed escalation
 * @param agentId who has it
 */
public record CustomerTyping(String conversationId, String escalationId, String agentId) {

}
