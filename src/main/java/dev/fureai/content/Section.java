package dev.fureai.content;

/**
 * One searchable part of an article: the text before the first {@code ##} heading (anchor
 * {@code ""}, heading {@code null}), or one {@code ##} section of a long guide,
 * addressable as {@code id#anchor}.
 *
 * @param anchor stable anchor within the article, {@code ""} for the introduction
 * @param heading the {@code ##} heading text, or {@code null} for the introduction
 * @param html the section rendered to sanitised HTML, safe to insert into a page
 * @param text the section as plain text (no markup), for indexing and snippets
 */
public record Section(String anchor, String heading, String html, String text) {

	public boolean isIntroduction() {
		return this.anchor.isEmpty();
	}

}
