package dev.fureai.chat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Which conversations each STOMP session is in, so that routing learns when a customer
 * left: the last session of a conversation closed (tab closed, network gone). Whether
 * they come back in time is routing's business ({@code Routing.customerReturned} on
 * resume).
 */
@Component
class ChatSessions {

	private final Map<String, Set<String>> conversations = new ConcurrentHashMap<>();

	private final Handover handover;

	ChatSessions(Handover handover) {
		this.handover = handover;
	}

	void joined(String sessionId, String conversation) {
		if (sessionId != null && conversation != null) {
			this.conversations.computeIfAbsent(sessionId, (s) -> ConcurrentHashMap.newKeySet()).add(conversation);
		}
	}

	@EventListener
	void on(SessionDisconnectEvent event) {
		Set<String> left = this.conversations.remove(event.getSessionId());
		if (left == null) {
			return;
		}
		left.stream()
			.filter((conversation) -> this.conversations.values().stream().noneMatch((s) -> s.contains(conversation)))
			.forEach(this.handover::left);
	}

}
