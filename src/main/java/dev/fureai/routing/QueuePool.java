package dev.fureai.routing;

/** The human queues. Tech touch has none: it gets self-service. */
public enum QueuePool {

	HIGH_TOUCH("ハイタッチ窓口"), LOW_TOUCH("ロータッチ窓口");

	private final String label;

	QueuePool(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
