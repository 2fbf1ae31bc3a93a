package dev.fureai.routing;

/**
 * Published from the transaction that stored a new escalation (through Spring Modulith's
 * event publication registry), so no listener hears of an escalation that is not stored,
 * and none misses one that is. The agents' console shows it; the own CSM named in
 * {@code notifiedCsm} or {@code assignee} is told.
 *
 * @param escalation the escalation as stored
 */
public record ConversationEscalated(Escalation escalation) {

}
