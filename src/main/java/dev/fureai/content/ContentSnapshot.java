package dev.fureai.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable view of the whole content directory at one moment: the articles being
 * served, the search dictionaries, and the problems found while loading.
 *
 * @param directory the content directory
 * @param version increases with every change
 * @param articles articles by id, in a stable order
 * @param dictionaries files under {@code _search/}
 * @param problems everything wrong, including broken edits whose last good version is
 * still served
 */
public record ContentSnapshot(Path directory, long version, Map<String, Article> articles,
		List<DictionaryFile> dictionaries, List<ContentProblem> problems) {

	public ContentSnapshot {
		articles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(articles));
		dictionaries = List.copyOf(dictionaries);
		problems = List.copyOf(problems);
	}

	public Optional<Article> article(String id) {
		return Optional.ofNullable(this.articles.get(id));
	}

	public Optional<DictionaryFile> dictionary(String fileName) {
		return this.dictionaries.stream().filter((d) -> d.fileName().equals(fileName)).findFirst();
	}

}
