package dev.fureai.content;

import java.nio.file.Path;

/**
 * Something wrong in a content or dictionary file, as a writer needs to see it: in
 * Japanese, which the writers read, and in English for everyone else (and for tools that
 * matched the English before there was a Japanese text).
 *
 * @param file the file, relative to the content directory
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param messageJa what is wrong, and what the service does about it, in Japanese
 * @param message the same in English
 */
public record ContentProblem(Path file, int line, String messageJa, String message) {

	/**
	 * The {@code path:line: 日本語 (English)} form used by the {@code check} command and the
	 * logs: one line per problem, so that editors can still jump to {@code path:line}. A
	 * problem of the whole file (too big, unreadable) is {@code path: 日本語 (English)}:
	 * there is no line 0 to jump to.
	 */
	public String format() {
		String where = (this.line > 0) ? this.file + ":" + this.line : this.file.toString();
		return where + ": " + this.messageJa + " (" + this.message + ")";
	}

}
