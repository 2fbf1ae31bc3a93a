package dev.fureai.content;

/**
 * Why a file cannot be served, with the line a writer should look at (0 for the whole
 * file). Checked, so that no parsing step can forget to turn it into a
 * {@link ContentProblem}.
 */
final class InvalidContent extends Exception {

	private final int line;

	InvalidContent(int line, String reason) {
		super(reason, null, false, false);
		this.line = line;
	}

	int line() {
		return this.line;
	}

	String reason() {
		return getMessage();
	}

}
