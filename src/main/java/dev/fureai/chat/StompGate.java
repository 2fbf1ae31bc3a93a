package dev.fureai.chat;

import java.security.Principal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * Every frame a client sends passes here first. CONNECT decides the identity (verified
 * JWT, or an anonymous visitor secret) and nothing later can change it; clients may only
 * SUBSCRIBE to their own queue and SEND to the chat destinations, so nobody can publish
 * into another customer's queue through the broker; and each connection's SEND rate is
 * limited.
 */
class StompGate implements ChannelInterceptor {

	static final String VISITOR_HEADER = "visitor";

	private static final String BEARER = "Bearer ";

	private final CustomerTokens tokens;

	private final RateLimiter limiter;

	private final ObjectProvider<ChatOutbox> outbox;

	static final String TYPING = "/app/chat.typing";

	/**
	 * At most 30 typing notices a minute per connection (a widget sends one every 3 s).
	 */
	private final RateLimiter typing = new RateLimiter(30, java.time.Clock.systemUTC());

	StompGate(CustomerTokens tokens, RateLimiter limiter, ObjectProvider<ChatOutbox> outbox) {
		this.tokens = tokens;
		this.limiter = limiter;
		this.outbox = outbox;
	}

	@Override
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
		if (stomp == null || stomp.getCommand() == null) {
			return message;
		}
		return switch (stomp.getCommand()) {
			case CONNECT, STOMP -> connect(stomp, message);
			case SUBSCRIBE -> subscribe(stomp, message);
			case SEND -> send(stomp, message);
			case DISCONNECT -> disconnect(stomp, message);
			default -> message;
		};
	}

	private Message<?> connect(StompHeaderAccessor stomp, Message<?> message) {
		String authorization = stomp.getFirstNativeHeader("Authorization");
		if (authorization != null) {
			if (!authorization.startsWith(BEARER)) {
				throw new ConnectRefused("invalid token: use Authorization: Bearer <JWT> — Bearer トークンを指定してください");
			}
			stomp.setUser(ChatIdentity.customer(this.tokens.verify(authorization.substring(BEARER.length()).trim())));
			return message;
		}
		String secret = stomp.getFirstNativeHeader(VISITOR_HEADER);
		stomp.setUser(ChatIdentity.visitor(VisitorSecrets.wellFormed(secret) ? secret : VisitorSecrets.issue()));
		return message;
	}

	private Message<?> subscribe(StompHeaderAccessor stomp, Message<?> message) {
		if (!("/user" + ChatOutbox.QUEUE).equals(stomp.getDestination())) {
			throw new ConnectRefused("forbidden destination: subscribe to /user/queue/chat only");
		}
		return message;
	}

	private Message<?> send(StompHeaderAccessor stomp, Message<?> message) {
		String destination = stomp.getDestination();
		if (destination == null || !destination.startsWith("/app/chat.")) {
			throw new ConnectRefused("forbidden destination: send to /app/chat.<type> only");
		}
		if (TYPING.equals(destination)) {
			// ephemeral and frequent: its own budget, dropped silently when too frequent
			return this.typing.allow(stomp.getSessionId()) ? message : null;
		}
		if (!this.limiter.allow(stomp.getSessionId())) {
			Principal user = stomp.getUser();
			if (user != null) {
				this.outbox.getObject()
					.send(user, stomp.getSessionId(), new ServerMessage.Error(java.util.UUID.randomUUID().toString(),
							null, null, "rate_limited", "送信が多すぎます。少し待ってからもう一度お試しください (too many messages)"));
			}
			return null;
		}
		return message;
	}

	private Message<?> disconnect(StompHeaderAccessor stomp, Message<?> message) {
		this.limiter.forget(stomp.getSessionId());
		this.typing.forget(stomp.getSessionId());
		return message;
	}

}
