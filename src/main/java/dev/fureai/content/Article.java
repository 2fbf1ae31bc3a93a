package dev.fureai.content;

import java.nio.file.Path;
import java.util.List;

/**
 * A help article as writers keep it: one Markdown file with front matter.
 *
 * @param id stable unique id from the front matter
 * @param title the title customers see
 * @param questions the ways customers ask for this article (front matter
 * {@code questions:})
 * @param category a single category, or {@code ""}
 * @param tags free tags
 * @param lang the article's language
 * @param related ids of related articles, as the writer listed them
 * @param sections the introduction followed by each {@code ##} section, never empty
 * @param source the file, relative to the content directory
 */
public record Article(String id, String title, List<String> questions, String category, List<String> tags, Lang lang,
		List<String> related, List<Section> sections, Path source) {

	public Article {
		questions = List.copyOf(questions);
		tags = List.copyOf(tags);
		related = List.copyOf(related);
		sections = List.copyOf(sections);
	}

}
