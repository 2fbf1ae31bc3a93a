package dev.fureai.customers;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one row of text fields (a CSV row or a JSON body) into a {@link Customer}, or
 * into every problem the row has. The column names are the CSV header names; the same
 * names are used in JSON so a writer meets one vocabulary.
 */
final class CustomerFields {

	static final String ID = "id";

	static final List<String> COLUMNS = List.of(ID, "name", "company", "average_order_value", "purchases_per_year",
			"retention_years", "gross_margin", "plan", "csm", "strategic_partner", "onboarding_until");

	static final List<String> REQUIRED = List.of(ID, "average_order_value", "purchases_per_year", "retention_years");

	/** Columns named {@code attr.<name>} hold free attributes. */
	static final String ATTRIBUTE_PREFIX = "attr.";

	private final Set<String> knownAgents;

	CustomerFields(Set<String> knownAgents) {
		this.knownAgents = knownAgents;
	}

	Parsed parse(int line, Map<String, String> fields) {
		Row row = new Row(line, fields);
		CustomerId id = row.id();
		Yen aov = row.yen("average_order_value");
		BigDecimal purchases = row.decimal("purchases_per_year", true);
		BigDecimal retention = row.decimal("retention_years", true);
		BigDecimal margin = row.margin("gross_margin");
		String csm = row.csm("csm", this.knownAgents);
		boolean strategic = row.flag("strategic_partner");
		LocalDate onboarding = row.date("onboarding_until");
		Map<String, String> attributes = row.attributes();
		if (!row.problems.isEmpty()) {
			return new Parsed(null, row.problems);
		}
		String name = row.limited("name", 200);
		String company = row.limited("company", 200);
		String plan = row.limited("plan", 100);
		if (!row.problems.isEmpty()) {
			return new Parsed(null, row.problems);
		}
		return new Parsed(new Customer(id, name, company, aov, purchases, retention, margin, plan, csm, strategic,
				onboarding, attributes), List.of());
	}

	/** A customer, or the problems that stopped the row. */
	record Parsed(Customer customer, List<RowProblem> problems) {

		boolean ok() {
			return this.customer != null;
		}

	}

	private static final class Row {

		private final int line;

		private final Map<String, String> fields;

		private final List<RowProblem> problems = new ArrayList<>();

		Row(int line, Map<String, String> fields) {
			this.line = line;
			this.fields = fields;
		}

		String text(String field) {
			String value = this.fields.get(field);
			return (value == null) ? "" : value.strip();
		}

		String limited(String field, int max) {
			String value = text(field);
			if (value.length() > max) {
				return problem(field, max + "文字までです（" + value.length() + "文字）");
			}
			return value;
		}

		CustomerId id() {
			String value = text(ID);
			if (value.isEmpty()) {
				return problem(ID, "顧客IDがありません");
			}
			try {
				return CustomerId.of(value);
			}
			catch (IllegalArgumentException ex) {
				return problem(ID, ex.getMessage());
			}
		}

		Yen yen(String field) {
			BigDecimal value = decimal(field, true);
			if (value == null) {
				return null;
			}
			if (value.stripTrailingZeros().scale() > 0) {
				return problem(field, "円は整数で書いてください（" + text(field) + "）");
			}
			return Yen.of(value.longValueExact());
		}

		BigDecimal margin(String field) {
			String raw = normalized(field);
			if (raw.isEmpty()) {
				return null;
			}
			boolean percent = raw.endsWith("%");
			BigDecimal value = decimal(field, false);
			if (value == null) {
				return null;
			}
			if (percent) {
				value = value.movePointLeft(2);
			}
			if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
				return problem(field, "粗利率は0より大きく1以下（または 1%〜100%）です（" + text(field) + "）");
			}
			return value;
		}

		BigDecimal decimal(String field, boolean required) {
			String raw = normalized(field).replace(",", "").replace("¥", "").replace("円", "").replace("%", "");
			if (raw.isEmpty()) {
				return required ? problem(field, "値がありません") : null;
			}
			try {
				BigDecimal value = new BigDecimal(raw);
				if (value.signum() < 0) {
					return problem(field, "負の値は使えません（" + text(field) + "）");
				}
				if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0) {
					return problem(field, "値が大きすぎます（" + text(field) + "）");
				}
				return value;
			}
			catch (NumberFormatException ex) {
				return problem(field, "数値ではありません（" + text(field) + "）");
			}
		}

		String csm(String field, Set<String> known) {
			String value = text(field);
			if (value.isEmpty()) {
				return null;
			}
			if (!known.contains(value)) {
				return problem(field, "知らない担当者IDです（" + value + "）。fureai.customers.known-agents にある ID を使ってください");
			}
			return value;
		}

		boolean flag(String field) {
			String value = normalized(field).toLowerCase(java.util.Locale.ROOT);
			return switch (value) {
				case "", "false", "no", "0", "いいえ" -> false;
				case "true", "yes", "1", "はい" -> true;
				default -> {
					problem(field, "true か false で書いてください（" + text(field) + "）");
					yield false;
				}
			};
		}

		LocalDate date(String field) {
			String value = normalized(field).replace('/', '-');
			if (value.isEmpty()) {
				return null;
			}
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				return problem(field, "日付は 2027-01-31 の形で書いてください（" + text(field) + "）");
			}
		}

		Map<String, String> attributes() {
			Map<String, String> attributes = new java.util.TreeMap<>();
			this.fields.forEach((name, value) -> {
				if (name.startsWith(ATTRIBUTE_PREFIX) && value != null && !value.isBlank()) {
					String key = name.substring(ATTRIBUTE_PREFIX.length());
					if (key.isBlank() || key.length() > 100 || value.length() > 1000) {
						problem(name, "属性名は1〜100文字、値は1000文字までです");
					}
					else {
						attributes.put(key, value.strip());
					}
				}
			});
			return attributes;
		}

		private String normalized(String field) {
			return Normalizer.normalize(text(field), Normalizer.Form.NFKC).strip();
		}

		private <T> T problem(String field, String message) {
			this.problems.add(new RowProblem(this.line, field, message));
			return null;
		}

	}

}
