package dev.fureai.chat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inbound message JSON, as {@link ChatController} reads a SEND frame's body: UTF-8 bytes
 * to {@link ProtocolCodec#decode}. Every input is either a complete, valid message or a
 * {@link ProtocolError} with one of the documented codes and a message free of Jackson's
 * internals; the id used for the error's {@code replyTo} is always a valid id. Seeds and
 * findings: {@code src/test/resources/dev/fureai/chat/ProtocolCodecFuzzTestsInputs/}; how
 * to fuzz: docs/security-testing.md.
 */
class ProtocolCodecFuzzTests {

	private static final Set<String> DECODE_CODES = Set.of("malformed_json", "unknown_type", "missing_field",
			"invalid_field", "invalid_message");

	private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

	private final ProtocolCodec codec = new ProtocolCodec();

	@FuzzTest
	void inboundMessage(byte[] input) {
		String json = new String(input, StandardCharsets.UTF_8);
		ClientMessage decoded;
		try {
			decoded = this.codec.decode(json);
		}
		catch (ProtocolError error) {
			assertThat(error.code()).isIn(DECODE_CODES);
			assertThat(error.getMessage()).isNotBlank()
				.doesNotContain("tools.jackson", "com.fasterxml", "dev.fureai", "line:", "column:", "Exception");
			this.codec.idOf(json).ifPresent((id) -> assertThat(id).matches(ID));
			return;
		}
		assertThat(decoded.id()).matches(ID);
		if (decoded.conversationId() != null) {
			assertThat(decoded.conversationId()).matches(ID);
		}
		assertThat(this.codec.idOf(json)).contains(decoded.id());
		// what the server stores and shows again is the decoded message: it must read
		// back
		// as itself
		assertThat(this.codec.decode(this.codec.encode(decoded))).isEqualTo(decoded);
	}

}
