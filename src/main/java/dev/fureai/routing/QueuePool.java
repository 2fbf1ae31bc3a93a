package dev.fureai.routing;

/** The human queues. Tech touch has none: it gets self-service. */
public enum QueuePool {

	HIGH_TOUCH("ハイタッチ窓口", "専任サポートチーム"), LOW_TOUCH("ロータッチ窓口", "サポートチーム");

	private final String label;

	private final String customerLabel;

	QueuePool(String label, String customerLabel) {
		this.label = label;
		this.customerLabel = customerLabel;
	}

	/** The name CSMs know the queue by. */
	public String label() {
		return this.label;
	}

	/**
	 * The name the customer is told: the tiers are the CS team's words for how much a
	 * customer is worth to it, not something to tell the customer.
	 */
	public String customerLabel() {
		return this.customerLabel;
	}

}
