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
 * Sends bot messages to one STOMP session's {@code /user/queue/chat}: the reply goes to
 * the tab that asked, not to every tab of the same customer.
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
		SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
		headers.setSessionId(sessionId);
		headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
		headers.setLeaveMutable(true);
		byte[] payload = this.codec.encode(message).getBytes(StandardCharsets.UTF_8);
		String destination = "/user/" + user.getName().replace("/", "%2F") + QUEUE;
		this.template.send(destination, MessageBuilder.createMessage(payload, headers.getMessageHeaders()));
	}

}
