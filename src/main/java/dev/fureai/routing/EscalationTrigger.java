package dev.fureai.routing;

/** Why a conversation went to people. */
public enum EscalationTrigger {

	/** The customer asked for a person (a button, or words like 担当者と話したい). */
	ASKED_FOR_PERSON("担当者との会話を希望"),

	/** The bot had no answer or got 解決しない several times in a row. */
	REPEATED_FAILURE("自動応答で解決せず"),

	/** Churn-risk words: 解約, 退会, 返金, cancel, refund … */
	CHURN_RISK("解約リスク");

	private final String label;

	EscalationTrigger(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
