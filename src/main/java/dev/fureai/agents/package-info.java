/**
 * The CSMs (agents) and their console: who may sign in and with which roles (high-touch
 * CSM, low-touch CSM, admin), the session login page, who is online (implements
 * {@link dev.fureai.routing.AgentPresence}), the console's queues and "take next", the
 * context card of a claimed escalation, and the agents' own WebSocket endpoint
 * {@code /ws/agent}, gated separately from the customers' {@code /ws}.
 * <p>
 * Agents live in the database; production agents are managed through {@code PUT
 * /api/admin/agents/{id}} (admin role), demo agents come from configuration under the
 * demo profile only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agents",
		allowedDependencies = { "routing", "customers", "chat" })
package dev.fureai.agents;
