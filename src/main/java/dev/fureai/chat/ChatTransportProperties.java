package dev.fureai.chat;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The WebSocket endpoint's limits ({@code fureai.chat.transport.*}).
 *
 * @param allowedOrigins origins besides the app's own that may open {@code /ws}, matched
 * exactly (e.g. {@code https://app.example.com}); any other browser Origin gets 403
 * @param maxFrameSize the largest STOMP frame; a larger one closes the session (1009)
 * @param heartbeat how often the server sends and expects STOMP heart-beats
 * @param idleTimeout a connection silent this long (no frames, no heart-beats) is closed
 * @param timeToFirstMessage a connection must send CONNECT within this time
 */
@ConfigurationProperties("fureai.chat.transport")
record ChatTransportProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("16KB") DataSize maxFrameSize,
		@DefaultValue("10s") Duration heartbeat, @DefaultValue("60s") Duration idleTimeout,
		@DefaultValue("30s") Duration timeToFirstMessage) {

	ChatTransportProperties {
		allowedOrigins = List.copyOf(allowedOrigins);
		if (allowedOrigins.contains("*")) {
			throw new IllegalArgumentException("fureai.chat.transport.allowed-origins: list exact origins, not *");
		}
	}

	int maxFrameBytes() {
		return Math.toIntExact(this.maxFrameSize.toBytes());
	}

}
