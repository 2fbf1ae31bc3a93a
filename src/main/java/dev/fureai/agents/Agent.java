package dev.fureai.agents;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An agent as stored (without the password).
 *
 * @param id the login name, also the id customers' {@code csm} column names
 * @param name the name customers and colleagues see
 * @param roles what they may do
 * @param enabled whether they may sign in
 */
record Agent(String id, String name, Set<AgentRole> roles, boolean enabled) {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	Agent {
		id = validId(id);
		name = (name == null || name.isBlank()) ? id : name.strip();
		if (name.length() > 200) {
			throw new IllegalArgumentException("名前は200文字までです (name longer than 200)");
		}
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/**
	 * What customers see: the family name (the first word of the name, e.g. 佐藤 of 佐藤 花子),
	 * which the widget words as 佐藤さん.
	 */
	String shownName() {
		return this.name.split("[\\s\u3000]+", 2)[0];
	}

	boolean isCsm() {
		return has(AgentRole.HIGH_TOUCH_CSM) || has(AgentRole.LOW_TOUCH_CSM);
	}

	boolean has(AgentRole role) {
		return this.roles.contains(role);
	}

	static boolean isValidId(String id) {
		return id != null && ID.matcher(id).matches();
	}

	static String validId(String id) {
		if (!isValidId(id)) {
			throw new IllegalArgumentException(
					"担当者IDは英数字と . _ - の100文字までです (agent id: letters, digits, . _ -, at most 100)");
		}
		return id;
	}

}
