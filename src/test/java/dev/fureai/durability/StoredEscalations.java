package dev.fureai.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the escalation table straight from the database the server used, and compares it
 * with the {@link Ledger}: acknowledged but missing (a loss), and conversations with more
 * than one escalation row (the harness asks once per conversation, so a second row is a
 * duplicate).
 */
final class StoredEscalations {

	record Check(int acknowledged, int stored, List<String> missing, List<String> duplicated) {

		boolean ok() {
			return this.missing.isEmpty() && this.duplicated.isEmpty();
		}

		@Override
		public String toString() {
			return "acknowledged=" + this.acknowledged + " stored=" + this.stored + " lost=" + this.missing.size()
					+ " duplicated=" + this.duplicated.size()
					+ (this.missing.isEmpty() ? ""
							: " first lost=" + this.missing.subList(0, Math.min(5, this.missing.size())))
					+ (this.duplicated.isEmpty() ? ""
							: " first duplicated=" + this.duplicated.subList(0, Math.min(5, this.duplicated.size())));
		}

	}

	private final String url;

	private final String user;

	StoredEscalations(String url, String user) {
		this.url = url;
		this.user = user;
	}

	/** escalation id → conversation id, and conversations with several rows. */
	Check check(Map<String, String> acknowledged) throws SQLException {
		Map<String, String> stored = new HashMap<>();
		List<String> duplicated = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(this.url, this.user, ""); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select id, conversation_id from escalation")) {
				while (rs.next()) {
					stored.put(rs.getString(1), rs.getString(2));
				}
			}
			try (ResultSet rs = s.executeQuery(
					"select conversation_id, count(*) from escalation group by conversation_id having count(*) > 1")) {
				while (rs.next()) {
					duplicated.add(rs.getString(1) + "×" + rs.getLong(2));
				}
			}
		}
		List<String> missing = acknowledged.keySet().stream().filter((id) -> !stored.containsKey(id)).sorted().toList();
		return new Check(acknowledged.size(), stored.size(), missing, duplicated);
	}

	/** Ids of the escalations still waiting (what a console must show). */
	Set<String> waiting() throws SQLException {
		Set<String> ids = new java.util.HashSet<>();
		try (Connection c = DriverManager.getConnection(this.url, this.user, "");
				ResultSet rs = c.createStatement().executeQuery("select id from escalation where status = 'WAITING'")) {
			while (rs.next()) {
				ids.add(rs.getString(1));
			}
		}
		return ids;
	}

}
