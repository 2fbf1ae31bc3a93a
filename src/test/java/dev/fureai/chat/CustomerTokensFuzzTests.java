package dev.fureai.chat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;

import dev.fureai.fuzzing.FuzzText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * JWT handling, where the server decides who a customer is: {@link CustomerTokens} with
 * both an HS256 secret and an RS256 key configured, and the STOMP CONNECT path of
 * {@link StompGate} that uses it. Garbage is refused with a named reason that never
 * echoes the token; a valid token, however tampered with, yields its own customer or a
 * refusal, never another identity. Seeds and findings:
 * {@code src/test/resources/dev/fureai/chat/CustomerTokensFuzzTestsInputs/<method>/}; how
 * to fuzz: docs/security-testing.md.
 */
class CustomerTokensFuzzTests {

	private static final KeyPair HOST_KEYS = Tokens.rsaKeys();

	/**
	 * Far in the future, so that a fuzzing run of hours still starts from valid tokens.
	 */
	private static final Instant EXPIRY = Instant.now().plus(3650, ChronoUnit.DAYS);

	private static final String[] VALID = { Tokens.hs256("cust-42", EXPIRY),
			Tokens.rs256("cust-42", EXPIRY, HOST_KEYS) };

	private static final java.util.List<String> REASONS = java.util.List.of("expired", "bad signature", "malformed",
			"not a signed JWT", "no usable sub claim", "not valid now", "is not accepted here", "Bearer",
			"cannot be verified");

	private static final CustomerTokens tokens = new CustomerTokens(
			new IdentityProperties(Tokens.SECRET, Tokens.pem(HOST_KEYS), Duration.ofSeconds(60)));

	private static final StompGate gate = new StompGate(tokens, new RateLimiter(30, java.time.Clock.systemUTC()),
			null /* the outbox is only used for SEND frames */);

	/** Any text as a token: refused, with a reason. */
	@FuzzTest
	void token(byte[] input) {
		String token = FuzzText.decode(input);
		try {
			String subject = tokens.verify(token);
			fail("accepted an identity (" + subject + ") from a token nobody signed: " + token);
		}
		catch (ConnectRefused refused) {
			assertRefusal(refused, token);
		}
	}

	/**
	 * A valid HS256 or RS256 token for {@code cust-42} with bytes replaced (triples of a
	 * two-byte position and a value) and, when a byte is left over, cut short by it:
	 * either still {@code cust-42} or refused.
	 */
	@FuzzTest
	void tamperedToken(byte[] input) {
		byte[] token = VALID[input.length % 2 == 0 ? 0 : 1].getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i + 2 < input.length; i += 3) {
			token[Math.floorMod(readShort(input, i), token.length)] = input[i + 2];
		}
		int length = (input.length % 3 != 0) ? token.length - (input[input.length - 1] & 0xFF) : token.length;
		String tampered = FuzzText.decode(java.util.Arrays.copyOf(token, Math.max(0, length)));
		try {
			assertThat(tokens.verify(tampered)).as("the identity of a tampered token").isEqualTo("cust-42");
		}
		catch (ConnectRefused refused) {
			assertRefusal(refused, tampered);
		}
	}

	/**
	 * A STOMP CONNECT whose {@code Authorization} or {@code visitor} header is the input
	 * (the first byte says which): a token header is refused, a visitor header yields an
	 * anonymous visitor whose secret is the header only when it is well-formed.
	 */
	@FuzzTest
	void connectHeader(byte[] input) {
		if (input.length == 0) {
			return;
		}
		boolean authorization = (input[0] & 1) == 0;
		String value = FuzzText.decode(java.util.Arrays.copyOfRange(input, 1, input.length));
		StompHeaderAccessor stomp = StompHeaderAccessor.create(StompCommand.CONNECT);
		stomp.setNativeHeader(authorization ? "Authorization" : StompGate.VISITOR_HEADER, value);
		stomp.setSessionId("s1");
		stomp.setLeaveMutable(true);
		Message<byte[]> connect = MessageBuilder.createMessage(new byte[0], stomp.getMessageHeaders());
		try {
			gate.preSend(connect, null);
		}
		catch (ConnectRefused refused) {
			assertThat(authorization).as("a visitor header is never refused").isTrue();
			assertRefusal(refused, value);
			assertThat(stomp.getUser()).isNull();
			return;
		}
		assertThat(authorization).as("accepted a customer from a token nobody signed: " + value).isFalse();
		ChatIdentity identity = (ChatIdentity) stomp.getUser();
		assertThat(identity.anonymous()).isTrue();
		assertThat(identity.visitorSecret()).matches("[A-Za-z0-9_-]{43}");
		assertThat(identity.visitorSecret().equals(value)).isEqualTo(VisitorSecrets.wellFormed(value));
	}

	private static void assertRefusal(ConnectRefused refused, String token) {
		String message = refused.getMessage();
		assertThat(message).startsWith("invalid token: ").hasSizeLessThan(200);
		assertThat(REASONS).as("a named reason in " + message).anyMatch(message::contains);
		if (token.strip().length() >= 8) {
			assertThat(refused.getMessage()).as("the refusal echoes the token").doesNotContain(token.strip());
		}
	}

	private static int readShort(byte[] input, int i) {
		return ((input[i] & 0xFF) << 8) | (input[i + 1] & 0xFF);
	}

}
