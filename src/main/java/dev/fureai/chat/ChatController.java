package dev.fureai.chat;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.stereotype.Controller;

/**
 * Receives {@code /app/chat.<type>}: decodes, lets the bot act, and sends the replies to
 * the asking session. A message the bot cannot act on gets an {@code error} reply; the
 * connection always stays open. A request for a person waits for routing's database, so
 * it is handled by {@link PersonRequests}, off the threads that carry everyone's
 * questions.
 */
@Controller
class ChatController {

	private static final Logger log = LoggerFactory.getLogger(ChatController.class);

	/** The destination of {@link ClientMessage.AskForPerson}. */
	static final String PERSON_REQUEST = "ask_for_person";

	private final ChatBot bot;

	private final ChatOutbox outbox;

	private final ChatSessions sessions;

	private final PersonRequests personRequests;

	private final ProtocolCodec codec = new ProtocolCodec();

	ChatController(ChatBot bot, ChatOutbox outbox, ChatSessions sessions, PersonRequests personRequests) {
		this.bot = bot;
		this.outbox = outbox;
		this.sessions = sessions;
		this.personRequests = personRequests;
	}

	@MessageMapping("chat.{type}")
	void receive(@DestinationVariable String type, Message<byte[]> message, Principal user) {
		String sessionId = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
		String json = new String(message.getPayload(), StandardCharsets.UTF_8);
		if (PERSON_REQUEST.equals(type)) {
			this.personRequests.handle(() -> answer(type, json, user, sessionId));
		}
		else {
			answer(type, json, user, sessionId);
		}
	}

	private void answer(String type, String json, Principal user, String sessionId) {
		List<ServerMessage> replies;
		try {
			ClientMessage decoded = this.codec.decode(json);
			if (!ChatBot.type(decoded).equals(type)) {
				throw new ProtocolError("destination_mismatch",
						"送信先 /app/chat." + type + " と type が一致しません (destination and type differ)");
			}
			replies = this.bot.handle((ChatIdentity) user, decoded);
		}
		catch (ProtocolError ex) {
			replies = List.of(error(json, ex.code(), ex.getMessage()));
		}
		catch (RuntimeException ex) {
			log.error("Chat message failed", ex);
			replies = List.of(error(json, "internal", "処理できませんでした。もう一度お試しください (internal error)"));
		}
		replies.forEach((reply) -> {
			this.sessions.joined(sessionId, reply.conversationId());
			this.outbox.send(user, sessionId, reply);
		});
	}

	private ServerMessage error(String json, String code, String text) {
		return new ServerMessage.Error(UUID.randomUUID().toString(), null, this.codec.idOf(json).orElse(null), code,
				text);
	}

}
