package dev.fureai.chat;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/**
 * Sends bot messages to {@code /user/queue/chat}: a reply to the one STOMP session (tab)
 * that asked, a live update to every session of the conversation's owner.
 */
@Component
class ChatOutbox {

	static final String QUEUE = "/queue/chat";

	private final SimpMessagingTemplate template;

	private final ProtocolCodec codec = new ProtocolCodec();

	ChatOutbox(SimpMessagingTemplate template) {
		this.template = template;
	}

	void send(Principal user, String sessionId, ServerMessage message) {
		send(user.getName(), sessionId, message);
	}

	/**
	 * Sends to every session of a conversation's owner (a live queue update: each open
	 * tab shows it once, by id).
	 */
	void toOwner(String owner, ServerMessage message) {
		send(owner, null, message);
	}

	private void send(String user, String sessionId, ServerMessage message) {
		sendJson(user, sessionId, this.codec.encode(message).getBytes(StandardCharsets.UTF_8));
	}

	/** Sends an already encoded message (the benchmark's echo sends the client's own). */
	void sendJson(String user, String sessionId, byte[] payload) {
		SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
		if (sessionId != null) {
			headers.setSessionId(sessionId);
		}
		headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
		headers.setLeaveMutable(true);
		String destination = "/user/" + user.replace("/", "%2F") + QUEUE;
		this.template.send(destination, MessageBuilder.createMessage(payload, headers.getMessageHeaders()));
	}

}
