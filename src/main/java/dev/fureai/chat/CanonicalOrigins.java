package dev.fureai.chat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Refuses with 403 a WebSocket handshake whose {@code Origin} is not written the way a
 * browser writes one (RFC 6454: lower-case {@code http(s)://host[:port]}, nothing else),
 * before Spring's allowlist or same-origin check compares it. That check alone accepted
 * {@code http://evil.test@localhost:8080} as the application's own origin, compared
 * listed origins ignoring case and a trailing slash, and answered 500 to origins it could
 * not parse (found by {@code HandshakeOriginTests} and {@code ChatLimitsTests}). A
 * request without Origin is not from a browser and is left to the other checks. Used by
 * both WebSocket endpoints, the customers' and the agents'.
 */
public final class CanonicalOrigins implements HandshakeInterceptor {

	private static final String LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";

	private static final Pattern ORIGIN = Pattern
		.compile("https?://(?:" + LABEL + "(?:\\." + LABEL + ")*|\\[[0-9a-f:.]+\\])(?::[0-9]{1,5})?");

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) {
		List<String> origins = request.getHeaders().get("Origin");
		if (origins == null || origins.isEmpty()
				|| (origins.size() == 1 && ORIGIN.matcher(origins.getFirst()).matches())) {
			return true;
		}
		response.setStatusCode(HttpStatus.FORBIDDEN);
		return false;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Exception exception) {
	}

}
