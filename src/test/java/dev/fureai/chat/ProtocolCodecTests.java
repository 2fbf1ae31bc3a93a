package dev.fureai.chat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProtocolCodecTests {

	private final ProtocolCodec codec = new ProtocolCodec();

	@Test
	void decodesEveryCustomerMessage() {
		assertThat(this.codec.decode("{\"type\":\"ask\",\"id\":\"m1\",\"text\":\"請求書\"}"))
			.isEqualTo(new ClientMessage.Ask("m1", null, "請求書"));
		assertThat(this.codec.decode(
				"{\"type\":\"choose\",\"id\":\"m2\",\"conversationId\":\"c\",\"clarifyId\":\"k\",\"choice\":\"a#b\"}"))
			.isEqualTo(new ClientMessage.Choose("m2", "c", "k", "a#b"));
		assertThat(this.codec.decode(
				"{\"type\":\"feedback\",\"id\":\"m3\",\"conversationId\":\"c\",\"answerId\":\"a\",\"resolved\":false,\"comment\":\"違う\"}"))
			.isEqualTo(new ClientMessage.Feedback("m3", "c", "a", false, "違う"));
		assertThat(this.codec.decode("{\"type\":\"ask_for_person\",\"id\":\"m4\"}"))
			.isEqualTo(new ClientMessage.AskForPerson("m4", null, null));
		assertThat(this.codec.decode("{\"type\":\"resume\",\"id\":\"m5\",\"conversationId\":\"c\",\"extra\":1}"))
			.isEqualTo(new ClientMessage.Resume("m5", "c"));
	}

	@Test
	void malformedJsonIsNamedWithoutParserDetails() {
		assertThatExceptionOfType(ProtocolError.class).isThrownBy(() -> this.codec.decode("{\"type\":\"ask\","))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("malformed_json"))
			.satisfies((e) -> assertThat(e.getMessage()).doesNotContain("jackson", "line:", "column"));
	}

	@Test
	void unknownAndMissingTypesAreNamed() {
		assertThatExceptionOfType(ProtocolError.class)
			.isThrownBy(() -> this.codec.decode("{\"type\":\"hack\",\"id\":\"m1\"}"))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("unknown_type"))
			.satisfies((e) -> assertThat(e.getMessage()).contains("hack", "ask"));
		assertThatExceptionOfType(ProtocolError.class).isThrownBy(() -> this.codec.decode("{\"id\":\"m1\"}"))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("missing_field"))
			.satisfies((e) -> assertThat(e.getMessage()).contains("type"));
	}

	@Test
	void theJsonLiteralNullIsAMessageWithoutType() {
		// found by ProtocolCodecFuzzTests: it decoded to null and failed later as
		// internal
		assertThatExceptionOfType(ProtocolError.class).isThrownBy(() -> this.codec.decode("null"))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("missing_field"));
	}

	@Test
	void missingAndInvalidFieldsAreNamed() {
		assertThatExceptionOfType(ProtocolError.class)
			.isThrownBy(() -> this.codec.decode("{\"type\":\"ask\",\"id\":\"m1\"}"))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("missing_field"))
			.satisfies((e) -> assertThat(e.getMessage()).contains("text"));
		assertThatExceptionOfType(ProtocolError.class)
			.isThrownBy(() -> this.codec
				.decode("{\"type\":\"feedback\",\"id\":\"m1\",\"conversationId\":\"c\",\"answerId\":\"a\"}"))
			.satisfies((e) -> assertThat(e.getMessage()).contains("resolved"));
		assertThatExceptionOfType(ProtocolError.class)
			.isThrownBy(() -> this.codec.decode("{\"type\":\"ask\",\"id\":\"../../etc\",\"text\":\"x\"}"))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("invalid_field"))
			.satisfies((e) -> assertThat(e.getMessage()).contains("id"));
		assertThatExceptionOfType(ProtocolError.class)
			.isThrownBy(() -> this.codec.decode("{\"type\":\"ask\",\"id\":\"m1\",\"text\":{\"a\":1}}"))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("invalid_field"))
			.satisfies((e) -> assertThat(e.getMessage()).contains("text"));
		assertThatExceptionOfType(ProtocolError.class)
			.isThrownBy(() -> this.codec.decode("{\"type\":\"ask\",\"id\":\"m1\",\"text\":\"x\",\"lang\":\"fr\"}"))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("invalid_field"))
			.satisfies((e) -> assertThat(e.getMessage()).contains("lang"));
		assertThat(this.codec.decode("{\"type\":\"ask\",\"id\":\"m1\",\"text\":\"x\",\"lang\":\"en\"}"))
			.isEqualTo(new ClientMessage.Ask("m1", null, "x", "en"));
	}

	@Test
	void serverMessagesCarryTheirTypeAndRoundTrip() {
		ServerMessage answer = new ServerMessage.Answer("b1", "c1", "m1", "billing-receipt", "領収書", null, "<p>x</p>",
				"/articles/billing-receipt", List.of(new ServerMessage.Guide("a", "a", "A", null, "/articles/a")));
		String json = this.codec.encode(answer);
		assertThat(json).startsWith("{\"type\":\"answer\"").doesNotContain("\"section\"");
		assertThat(this.codec.decodeServer(json)).isEqualTo(answer);
	}

	@Test
	void historyEmbedsStoredMessagesAsJson() {
		ServerMessage resumed = new ServerMessage.Resumed("b1", "c1", "m1", null,
				List.of(new ServerMessage.Entry("customer", Instant.parse("2026-01-01T00:00:00Z"),
						new ProtocolCodec().tree("{\"type\":\"ask\"}"))));
		assertThat(this.codec.encode(resumed)).contains(
				"\"history\":[{\"from\":\"customer\",\"at\":\"2026-01-01T00:00:00Z\",\"message\":{\"type\":\"ask\"}}]");
	}

	@Test
	void idOfAnUndecodableMessageIsRecoveredWhenUsable() {
		assertThat(this.codec.idOf("{\"type\":\"hack\",\"id\":\"m9\"}")).contains("m9");
		assertThat(this.codec.idOf("{\"id\":\"<script>\"}")).isEmpty();
		assertThat(this.codec.idOf("not json")).isEmpty();
	}

}
