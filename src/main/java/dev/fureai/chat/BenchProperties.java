package dev.fureai.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings that exist only for the load benchmark ({@code fureai.bench.*}, see
 * docs/benchmarks.md). Never switch them on in production.
 *
 * @param echo adds {@code /app/chat.echo}: the message comes back unchanged to the
 * sending session, through the same endpoint, gate (identity, destination check, rate
 * limit) and outbound path as the bot's replies — the baseline the answer path is
 * measured against. Off by default: the destination then gets {@code unknown_type}.
 */
@ConfigurationProperties("fureai.bench")
record BenchProperties(@DefaultValue("false") boolean echo) {

	static final String ECHO = "fureai.bench.echo";

}
