package dev.fureai.content;

import java.nio.file.Path;

/**
 * A search dictionary file kept by writers under {@code _search/} in the content
 * directory (synonyms, user dictionary). The content module only reads and watches it;
 * the search module parses it.
 *
 * @param file the file, relative to the content directory, e.g.
 * {@code _search/synonyms.txt}
 * @param text its content, decoded as UTF-8
 */
public record DictionaryFile(Path file, String text) {

	public String fileName() {
		return this.file.getFileName().toString();
	}

}
