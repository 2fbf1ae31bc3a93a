package dev.fureai.chat;

import java.security.Principal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.stereotype.Controller;

/**
 * The benchmark's baseline ({@link BenchProperties#echo()}): the body sent to
 * {@code /app/chat.echo} goes back as it is to the sending session's
 * {@code /user/queue/chat}. Everything but the bot's work (decoding, storing, searching)
 * is the same as for a question, so answer time ÷ echo time is what the bot costs.
 * Without the setting this bean does not exist and {@code chat.echo} reaches
 * {@link ChatController} like any unknown type.
 */
@Controller
@ConditionalOnBooleanProperty(BenchProperties.ECHO)
class EchoController {

	private final ChatOutbox outbox;

	EchoController(ChatOutbox outbox) {
		this.outbox = outbox;
	}

	// the exact destination is more specific than ChatController's chat.{type}, so it
	// wins
	@MessageMapping("chat.echo")
	void echo(Message<byte[]> message, Principal user) {
		this.outbox.sendJson(user.getName(), SimpMessageHeaderAccessor.getSessionId(message.getHeaders()),
				message.getPayload());
	}

}
