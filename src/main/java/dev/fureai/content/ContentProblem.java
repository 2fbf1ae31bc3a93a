package dev.fureai.content;

import java.nio.file.Path;

/**
 * Something wrong in a content or dictionary file, as a writer needs to see it.
 *
 * @param file the file, relative to the content directory
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong, and what the service does about it
 */
public record ContentProblem(Path file, int line, String message) {

	/**
	 * The {@code path:line: message} form used by the {@code check} command and the logs.
	 */
	public String format() {
		return this.file + ":" + this.line + ": " + this.message;
	}

}
