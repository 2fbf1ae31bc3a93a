package dev.fureai.content;

/**
 * Why a file cannot be served, with the line a writer should look at (0 for the whole
 * file). Checked, so that no parsing step can forget to turn it into a
 * {@link ContentProblem}; both texts are required, so that none can forget the Japanese
 * one either.
 */
final class InvalidContent extends Exception {

	private final int line;

	private final String reasonJa;

	InvalidContent(int line, String reasonJa, String reason) {
		super(reason, null, false, false);
		this.line = line;
		this.reasonJa = reasonJa;
	}

	int line() {
		return this.line;
	}

	String reasonJa() {
		return this.reasonJa;
	}

	String reason() {
		return getMessage();
	}

}
