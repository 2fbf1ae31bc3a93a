package dev.fureai.content;

import java.util.List;

/**
 * An article read from one file, before it is checked against the others (duplicate ids,
 * related ids).
 *
 * @param article the article, with {@code related} as written
 * @param idLine the line of {@code id:}, for duplicate-id problems
 * @param relatedLine the line of {@code related:}, for unknown-id problems
 * @param warnings problems that do not stop the article from being served
 */
record ParsedArticle(Article article, int idLine, int relatedLine, List<ContentProblem> warnings) {

	ParsedArticle {
		warnings = List.copyOf(warnings);
	}

}
