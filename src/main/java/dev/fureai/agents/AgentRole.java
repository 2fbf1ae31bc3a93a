package dev.fureai.agents;

import dev.fureai.routing.QueuePool;

/** What an agent may do; a person may have several roles. */
public enum AgentRole {

	/** Serves the high-touch pool (and their own customers). */
	HIGH_TOUCH_CSM("ハイタッチCSM"),

	/** Serves the low-touch pool. */
	LOW_TOUCH_CSM("ロータッチCSM"),

	/** Manages agents and the customer directory through the admin API. */
	ADMIN("管理者");

	private final String label;

	AgentRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The Spring Security authority, {@code ROLE_…}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The role that serves a pool. */
	public static AgentRole serving(QueuePool pool) {
		return (pool == QueuePool.HIGH_TOUCH) ? HIGH_TOUCH_CSM : LOW_TOUCH_CSM;
	}

}
