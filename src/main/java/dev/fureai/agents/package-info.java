/**
 * The CSMs (agents) and their console: who may sign in and with which roles (high-touch
 * CSM, low-touch CSM, admin), the session login page, who is online (implements
 * {@link dev.fureai.routing.AgentPresence}), the console's queues and "take next", the
 * context card of a claimed escalation, the 1:1 live chat of the agent who has an
 * escalation (messages and typing through {@link dev.fureai.chat.AgentReplies}, transfer
 * to a pool or a named agent, hand back to the bot), and the agents' own WebSocket
 * endpoint {@code /ws/agent}, gated separately from the customers' {@code /ws}. The
 * customer's live messages and typing arrive as the chat module's events and go to the
 * agent's own topic only.
 * <p>
 * One-to-many answers: the low-touch pool's waiting questions grouped by the search
 * module's best article or analysed words, one answer delivered through the chat module's
 * {@code AgentReplies} to every customer of a group, and FAQ drafts written through the
 * content module's {@code FaqDrafts}.
 * <p>
 * Agents live in the database; production agents are managed through {@code PUT
 * /api/admin/agents/{id}} (admin role), demo agents come from configuration under the
 * demo profile only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agents",
		allowedDependencies = { "routing", "customers", "chat", "search", "content" })
package dev.fureai.agents;
