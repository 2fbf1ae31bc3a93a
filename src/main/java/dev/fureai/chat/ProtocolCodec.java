package dev.fureai.chat;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for both protocol directions. Decoding never lets a Jackson message (with class
 * names and stream positions) reach the customer: every failure becomes a
 * {@link ProtocolError} naming the problem.
 */
final class ProtocolCodec {

	private static final String TYPES = "ask, choose, feedback, ask_for_person, resume, typing";

	private final JsonMapper mapper = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	ClientMessage decode(String json) {
		try {
			ClientMessage message = this.mapper.readValue(json, ClientMessage.class);
			if (message == null) {
				// the JSON literal null: a message without a type (found by fuzzing)
				throw ProtocolError.missing("type");
			}
			return message;
		}
		catch (ValueInstantiationException ex) {
			if (ex.getCause() instanceof ProtocolError error) {
				throw error;
			}
			throw new ProtocolError("invalid_message", "メッセージを読めません (invalid message)");
		}
		catch (InvalidTypeIdException ex) {
			String type = ex.getTypeId();
			if (type == null) {
				throw ProtocolError.missing("type");
			}
			throw new ProtocolError("unknown_type",
					"「" + abbreviate(type) + "」は知らない type です。使えるのは " + TYPES + " (unknown type)");
		}
		catch (StreamReadException ex) {
			throw new ProtocolError("malformed_json", "JSON として読めません (malformed JSON)");
		}
		catch (MismatchedInputException ex) {
			String field = ex.getPath().isEmpty() ? "message" : ex.getPath().getLast().getPropertyName();
			throw ProtocolError.invalid(String.valueOf(field), "型が違います (wrong type)");
		}
		catch (JacksonException ex) {
			throw new ProtocolError("invalid_message", "メッセージを読めません (invalid message)");
		}
	}

	/**
	 * The {@code id} of a message that could not be decoded, when it has a usable one.
	 */
	Optional<String> idOf(String json) {
		try {
			JsonNode id = this.mapper.readTree(json).path("id");
			String value = id.isString() ? id.asString() : null;
			Fields.optionalId("id", value);
			return Optional.ofNullable(value);
		}
		catch (JacksonException | ProtocolError ex) {
			return Optional.empty();
		}
	}

	/** A stored message as a JSON tree, to embed it in a history. */
	JsonNode tree(String storedJson) {
		return this.mapper.readTree(storedJson);
	}

	String encode(ServerMessage message) {
		return this.mapper.writerFor(ServerMessage.class).writeValueAsString(message);
	}

	String encode(ClientMessage message) {
		return this.mapper.writerFor(ClientMessage.class).writeValueAsString(message);
	}

	ServerMessage decodeServer(String json) {
		return this.mapper.readValue(json, ServerMessage.class);
	}

	private static String abbreviate(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

}
