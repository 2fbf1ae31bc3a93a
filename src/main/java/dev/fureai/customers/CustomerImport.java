package dev.fureai.customers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Imports customers from CSV. The header names the columns (any order; see
 * {@link CustomerFields#COLUMNS}, plus {@code attr.<name>} for free attributes); each row
 * is stored on its own, so one bad row never stops the good ones. A header that cannot be
 * trusted (a required column missing, an unknown or repeated column) rejects the whole
 * file, because every row would be read wrongly.
 */
@Service
class CustomerImport {

	private final JdbcCustomers customers;

	private final CustomerFields fields;

	CustomerImport(JdbcCustomers customers, CustomersProperties properties) {
		this.customers = customers;
		this.fields = new CustomerFields(properties.knownAgentIds());
	}

	ImportReport importCsv(String csv) {
		List<CsvTable.Record> records = CsvTable.parse(csv);
		if (records.isEmpty()) {
			return ImportReport.rejectedFile(List.of(new RowProblem(1, "header", "ファイルが空です")));
		}
		List<String> header = records.get(0).values().stream().map(String::strip).toList();
		List<RowProblem> headerProblems = checkHeader(header);
		if (!headerProblems.isEmpty()) {
			return ImportReport.rejectedFile(headerProblems);
		}
		int[] counts = new int[UpsertResult.values().length];
		int rejected = 0;
		List<RowProblem> problems = new ArrayList<>();
		for (CsvTable.Record record : records.subList(1, records.size())) {
			if (record.values().size() != header.size()) {
				problems.add(new RowProblem(record.line(), "row",
						"列の数が見出しと違います（" + record.values().size() + "列、見出しは" + header.size() + "列）"));
				rejected++;
				continue;
			}
			CustomerFields.Parsed parsed = this.fields.parse(record.line(), zip(header, record.values()));
			if (!parsed.ok()) {
				problems.addAll(parsed.problems());
				rejected++;
				continue;
			}
			counts[this.customers.upsert(parsed.customer()).ordinal()]++;
		}
		return new ImportReport(counts[UpsertResult.CREATED.ordinal()], counts[UpsertResult.UPDATED.ordinal()],
				counts[UpsertResult.UNCHANGED.ordinal()], rejected, problems);
	}

	private static List<RowProblem> checkHeader(List<String> header) {
		List<RowProblem> problems = new ArrayList<>();
		for (String required : CustomerFields.REQUIRED) {
			if (!header.contains(required)) {
				problems.add(new RowProblem(1, required, "必須の列がありません"));
			}
		}
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (String column : header) {
			if (!seen.add(column)) {
				problems.add(new RowProblem(1, column, "列が重複しています"));
			}
			else if (!CustomerFields.COLUMNS.contains(column) && !column.startsWith(CustomerFields.ATTRIBUTE_PREFIX)) {
				problems.add(new RowProblem(1, column,
						"知らない列です。使える列: " + String.join(", ", CustomerFields.COLUMNS) + "、自由属性は attr.名前"));
			}
		}
		return problems;
	}

	private static Map<String, String> zip(List<String> header, List<String> values) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			row.put(header.get(i), values.get(i));
		}
		return row;
	}

	/**
	 * Stores one customer sent as JSON: the same field names as the CSV columns,
	 * {@code attributes} as an object of names to values.
	 */
	SingleUpsert upsert(CustomerId id, Map<String, Object> body) {
		Map<String, String> row = new LinkedHashMap<>();
		List<RowProblem> problems = new ArrayList<>();
		body.forEach((name, value) -> {
			if (name.equals("attributes") && value instanceof Map<?, ?> attributes) {
				attributes
					.forEach((k, v) -> row.put(CustomerFields.ATTRIBUTE_PREFIX + k, (v != null) ? v.toString() : ""));
			}
			else if (!CustomerFields.COLUMNS.contains(name)) {
				problems.add(new RowProblem(0, name,
						"知らない項目です。使える項目: " + String.join(", ", CustomerFields.COLUMNS) + ", attributes"));
			}
			else if (value instanceof Map || value instanceof List) {
				problems.add(new RowProblem(0, name, "文字か数値で書いてください"));
			}
			else {
				row.put(name, (value != null) ? value.toString() : "");
			}
		});
		String bodyId = row.get(CustomerFields.ID);
		if (bodyId != null && !bodyId.isBlank() && !bodyId.strip().equals(id.value())) {
			problems.add(new RowProblem(0, CustomerFields.ID, "URL の顧客ID（" + id + "）と違います（" + bodyId + "）"));
		}
		row.put(CustomerFields.ID, id.value());
		CustomerFields.Parsed parsed = this.fields.parse(0, row);
		problems.addAll(parsed.problems());
		if (!problems.isEmpty()) {
			return new SingleUpsert(null, null, problems);
		}
		return new SingleUpsert(this.customers.upsert(parsed.customer()), parsed.customer(), List.of());
	}

	/** The outcome of storing one customer: a result and the customer, or problems. */
	record SingleUpsert(UpsertResult result, Customer customer, List<RowProblem> problems) {

	}

}
