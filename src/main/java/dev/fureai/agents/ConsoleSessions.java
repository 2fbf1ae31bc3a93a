package dev.fureai.agents;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * Closes a console's sockets when its login session ends (sign-out, expiry): the socket
 * was opened with that session and must not outlive it, and its agent goes offline.
 */
class ConsoleSessions extends WebSocketHandlerDecorator {

	/** The close status a console sees when its login session ended. */
	static final CloseStatus SIGNED_OUT = new CloseStatus(4401, "signed out");

	private final Map<String, WebSocketSession> sockets = new ConcurrentHashMap<>();

	ConsoleSessions(WebSocketHandler delegate) {
		super(delegate);
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) throws Exception {
		this.sockets.put(session.getId(), session);
		super.afterConnectionEstablished(session);
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
		this.sockets.remove(session.getId());
		super.afterConnectionClosed(session, closeStatus);
	}

	void loginSessionEnded(SessionDestroyedEvent event) {
		this.sockets.values()
			.stream()
			.filter((socket) -> event.getId()
				.equals(socket.getAttributes().get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME)))
			.forEach(ConsoleSessions::close);
	}

	private static void close(WebSocketSession socket) {
		try {
			socket.close(SIGNED_OUT);
		}
		catch (IOException ex) {
			// already gone: nothing left to close
		}
	}

}
