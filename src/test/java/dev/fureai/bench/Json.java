package dev.fureai.bench;

/**
 * Just enough JSON for the load client, so that its own cost stays small and the same for
 * answers and echoes: writing a string, and reading a top-level string field. A
 * {@code "name":"} outside a string is always a key: quotes inside string values are
 * escaped.
 */
final class Json {

	private Json() {
	}

	static String string(String value) {
		StringBuilder json = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

	/**
	 * The value of a string field (ids, types and conversation ids have no escapes), or
	 * {@code null}.
	 */
	static String field(String json, String name) {
		String key = "\"" + name + "\":\"";
		int start = json.indexOf(key);
		if (start < 0) {
			return null;
		}
		start += key.length();
		int end = json.indexOf('"', start);
		return (end < 0) ? null : json.substring(start, end);
	}

}
