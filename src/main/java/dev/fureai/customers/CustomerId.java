package dev.fureai.customers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A customer's id: the {@code sub} claim of the JWT the host application signs, so it is
 * taken as the host application spells it, but never blank, over-long or with control
 * characters or spaces (it appears in URLs, logs and CSV files).
 *
 * @param value the id
 */
public record CustomerId(@JsonValue String value) {

	/** Longest id accepted. */
	public static final int MAX_LENGTH = 200;

	public CustomerId {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("顧客IDが空です (customer id is empty)");
		}
		if (value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(
					"顧客IDが長すぎます（" + MAX_LENGTH + "文字まで） (customer id longer than " + MAX_LENGTH + ")");
		}
		if (value.codePoints().anyMatch((c) -> Character.isISOControl(c) || Character.isWhitespace(c))) {
			throw new IllegalArgumentException("顧客IDに空白や制御文字は使えません (customer id contains whitespace)");
		}
	}

	@JsonCreator
	public static CustomerId of(String value) {
		return new CustomerId(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
