package dev.fureai.content;

import java.nio.file.Path;

/**
 * Reads a whole content directory once, without watching it: what the service loads at
 * startup, and what the writers' {@code check} command and the {@code eval} command use.
 */
public final class ContentScanner {

	private ContentScanner() {
	}

	/**
	 * Loads every article and dictionary file below {@code directory}. Never throws for
	 * bad content: each problem is in {@link ContentSnapshot#problems()}. A missing
	 * directory gives an empty snapshot with one problem saying so.
	 */
	public static ContentSnapshot scan(Path directory) {
		return new ContentLoader(directory).load(1);
	}

}
