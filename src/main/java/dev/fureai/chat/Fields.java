package dev.fureai.chat;

import java.util.regex.Pattern;

/**
 * Field checks shared by the protocol records, each failing with a message that names the
 * field.
 */
final class Fields {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

	private Fields() {
	}

	static void id(String value) {
		requiredId("id", value);
	}

	static void requiredId(String field, String value) {
		if (value == null) {
			throw ProtocolError.missing(field);
		}
		optionalId(field, value);
	}

	static void optionalId(String field, String value) {
		if (value != null && !ID.matcher(value).matches()) {
			throw ProtocolError.invalid(field, "1〜64 文字の英数字と _ . : - で指定してください");
		}
	}

	static void optionalLang(String value) {
		if (value != null && !value.equals("ja") && !value.equals("en")) {
			throw ProtocolError.invalid("lang", "ja か en で指定してください");
		}
	}

	static void required(String field, String value) {
		if (value == null) {
			throw ProtocolError.missing(field);
		}
	}

}
