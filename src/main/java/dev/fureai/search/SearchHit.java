package dev.fureai.search;

import dev.fureai.content.Lang;

/**
 * One ranked answer candidate: the best section of one article.
 *
 * @param articleId the article's id
 * @param lang the article's language
 * @param anchor the section's anchor, {@code ""} for the introduction
 * @param title the article title
 * @param sectionHeading the section heading, or {@code null} for the introduction
 * @param score the ranking score (only comparable within one result)
 * @param snippet the text around the matched words as HTML: escaped text with the matches
 * wrapped in {@code <mark>}, nothing else
 * @param html the section's sanitised HTML
 */
public record SearchHit(String articleId, Lang lang, String anchor, String title, String sectionHeading, float score,
		String snippet, String html) {

	/**
	 * The {@code id#anchor} address of the section, or just the id for an introduction.
	 */
	public String address() {
		return this.anchor.isEmpty() ? this.articleId : this.articleId + "#" + this.anchor;
	}

}
