package dev.fureai.customers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of Japanese yen, whole and never negative (prices, order values, LTV).
 *
 * @param amount the amount in yen
 */
public record Yen(@JsonValue long amount) implements Comparable<Yen> {

	public static final Yen ZERO = new Yen(0);

	public Yen {
		if (amount < 0) {
			throw new IllegalArgumentException("金額は0以上です (negative yen: " + amount + ")");
		}
	}

	@JsonCreator
	public static Yen of(long amount) {
		return new Yen(amount);
	}

	/** The amount as people write it, e.g. {@code ¥12,600,000}. */
	public String format() {
		return "¥" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(this.amount);
	}

	@Override
	public int compareTo(Yen other) {
		return Long.compare(this.amount, other.amount);
	}

	@Override
	public String toString() {
		return format();
	}

}
