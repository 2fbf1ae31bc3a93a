package dev.fureai.chat;

/**
 * A customer message the bot cannot act on. Its code and message go back to the customer
 * as an {@code error} message; the connection stays open.
 */
class ProtocolError extends RuntimeException {

	private final String code;

	ProtocolError(String code, String message) {
		super(message, null, false, false);
		this.code = code;
	}

	String code() {
		return this.code;
	}

	static ProtocolError missing(String field) {
		return new ProtocolError("missing_field", "「" + field + "」がありません (missing field: " + field + ")");
	}

	static ProtocolError invalid(String field, String why) {
		return new ProtocolError("invalid_field",
				"「" + field + "」が正しくありません: " + why + " (invalid field: " + field + ")");
	}

}
