package dev.fureai.routing;

/** Where an escalation is in its life. */
public enum EscalationStatus {

	/** In the queue, nobody has taken it yet. */
	WAITING,
	/** A person took it. */
	CLAIMED,
	/** Done. */
	RESOLVED,
	/** The customer left before anyone took it. */
	ABANDONED;

	public boolean open() {
		return this == WAITING || this == CLAIMED;
	}

}
