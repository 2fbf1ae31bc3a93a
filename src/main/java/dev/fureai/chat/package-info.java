/**
 * Customer conversations over STOMP: questions, answers, clarifications, feedback, "ask
 * for a person", and resuming a conversation after a reload, a dropped connection or a
 * server restart.
 * <p>
 * Owns the chat protocol (see {@code docs/protocol.md}), the customer identity checked at
 * STOMP CONNECT (a JWT signed by the host application, or an anonymous visitor secret
 * issued here), the connection limits, and the stored conversations. It asks the search
 * module for answers and reads article metadata from the content module; it knows nothing
 * about agents or analytics. When the bot may not be enough (a request for a person,
 * churn-risk words, failures in a row) it asks the routing module, as the verified
 * customer, and tells the customer routing's outcome; it pushes live queue positions when
 * routing's queues change. The JWT check lives here.
 * <p>
 * People write into a conversation only through {@link dev.fureai.chat.AgentReplies}
 * ({@code deliver(conversationId, agentId, agentName, text)}, or with the caller's own
 * message id for retries): the message is stored in the transcript (author {@code agent})
 * and pushed to the customer's widgets as {@code agent_message} with the agent's name, at
 * least once and shown once (by id). The caller (the agents module) checks who may write;
 * {@link dev.fureai.chat.Transcripts} is how people read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chat",
		allowedDependencies = { "search", "content", "routing", "customers" })
package dev.fureai.chat;
