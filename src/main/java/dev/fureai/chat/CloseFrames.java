package dev.fureai.chat;

import java.time.Duration;

import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * Gives the close frame Tomcat sends on a refused frame (1009 for one too big) time to
 * get out. Tomcat waits 50 ms for the socket's writer; a reply written just before
 * (CONNECTED, a receipt) holds it until that thread comes back, and under load it came
 * back later: the socket was then dropped without a close frame, and the client saw 1006
 * instead of the documented code (ChatLimitsTests, 27 of 800 tries with three busy loops
 * on two cores; none with this). The wait only happens on such a close, on the thread
 * that read the bad frame. Used by both WebSocket endpoints, the customers' and the
 * agents'.
 */
public final class CloseFrames extends WebSocketHandlerDecorator {

	/** Tomcat's session property for that wait, in milliseconds. */
	static final String SEND_TIMEOUT = "org.apache.tomcat.websocket.ABNORMAL_SESSION_CLOSE_SEND_TIMEOUT";

	static final Duration WAIT = Duration.ofSeconds(1);

	public CloseFrames(WebSocketHandler delegate) {
		super(delegate);
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) throws Exception {
		if (session instanceof NativeWebSocketSession socket
				&& socket.getNativeSession() instanceof jakarta.websocket.Session tomcat) {
			tomcat.getUserProperties().put(SEND_TIMEOUT, WAIT.toMillis());
		}
		super.afterConnectionEstablished(session);
	}

}
