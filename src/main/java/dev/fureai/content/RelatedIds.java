package dev.fureai.content;

import java.util.List;
import java.util.Set;

/**
 * Drops related ids that name no served article, so that no page links to nothing, and
 * tells the writer which ones.
 */
final class RelatedIds {

	private RelatedIds() {
	}

	static Article keepKnown(ParsedArticle parsed, Set<String> ids, List<ContentProblem> problems) {
		Article article = parsed.article();
		List<String> known = article.related().stream().filter(ids::contains).toList();
		if (known.size() == article.related().size()) {
			return article;
		}
		article.related()
			.stream()
			.filter((id) -> !ids.contains(id))
			.forEach((id) -> problems.add(new ContentProblem(article.source(), parsed.relatedLine(),
					"related の id「" + id + "」に当たる記事がありません。関連記事から外します",
					"related id '" + id + "' names no article; dropped")));
		return new Article(article.id(), article.title(), article.questions(), article.category(), article.tags(),
				article.lang(), known, article.sections(), article.source());
	}

}
