package dev.fureai.customers;

/**
 * One thing wrong with one row of customer data.
 *
 * @param line the line in the file where the row starts (1 is the header), or 0 for JSON
 * @param field the column, e.g. {@code average_order_value}
 * @param message what is wrong, in Japanese, quoting the value
 */
public record RowProblem(int line, String field, String message) {

	@Override
	public String toString() {
		return ((this.line > 0) ? this.line + "行目 " : "") + this.field + ": " + this.message;
	}

}
