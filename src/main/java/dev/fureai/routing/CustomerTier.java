package dev.fureai.routing;

/**
 * The kind of contact a customer gets, from least to most personal (the order matters: an
 * override raises a tier, never lowers it).
 */
public enum CustomerTier {

	/** No person in the loop: help center, chatbot, community. */
	TECH_TOUCH("テックタッチ"),

	/** A pooled human queue, served one-to-many. */
	LOW_TOUCH("ロータッチ"),

	/** The account's own CSM, 1:1 and fast. */
	HIGH_TOUCH("ハイタッチ");

	private final String label;

	CustomerTier(String label) {
		this.label = label;
	}

	/** The Japanese name CS teams use. */
	public String label() {
		return this.label;
	}

	public boolean isAbove(CustomerTier other) {
		return compareTo(other) > 0;
	}

	public static CustomerTier max(CustomerTier a, CustomerTier b) {
		return a.isAbove(b) ? a : b;
	}

}
