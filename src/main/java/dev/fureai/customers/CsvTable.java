package dev.fureai.customers;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV text (RFC 4180: commas, double quotes with {@code ""} inside, line breaks inside
 * quotes, CRLF or LF, an optional UTF-8 BOM as Excel writes it) split into records that
 * remember the line they start on, so problems can be reported by line.
 */
final class CsvTable {

	/** One record and the line it starts on. */
	record Record(int line, List<String> values) {

		boolean blank() {
			return this.values.stream().allMatch(String::isBlank);
		}

	}

	private CsvTable() {
	}

	static List<Record> parse(String text) {
		List<Record> records = new ArrayList<>();
		List<String> values = new ArrayList<>();
		StringBuilder value = new StringBuilder();
		int line = 1;
		int start = 1;
		boolean quoted = false;
		int i = (text.startsWith("\uFEFF")) ? 1 : 0;
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					value.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					line += (c == '\n') ? 1 : 0;
					value.append(c);
				}
			}
			else if (c == '"' && value.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				values.add(value.toString());
				value.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				values.add(value.toString());
				value.setLength(0);
				records.add(new Record(start, List.copyOf(values)));
				values.clear();
				line++;
				start = line;
			}
			else {
				value.append(c);
			}
		}
		if (!value.isEmpty() || !values.isEmpty()) {
			values.add(value.toString());
			records.add(new Record(start, List.copyOf(values)));
		}
		return records.stream().filter((r) -> !r.blank()).toList();
	}

}
