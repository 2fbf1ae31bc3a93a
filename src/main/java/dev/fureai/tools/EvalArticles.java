package dev.fureai.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.fureai.content.Lang;
import dev.fureai.tools.EvalDataset.FaqEntry;

/**
 * Writes a data set's corpus as a content directory, one article per entry, and maps the
 * article ids back to the data set's ids.
 */
final class EvalArticles {

	private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private final Map<String, String> datasetIds = new HashMap<>();

	private EvalArticles() {
	}

	static EvalArticles write(Path directory, List<FaqEntry> corpus, Lang lang) {
		EvalArticles articles = new EvalArticles();
		Set<String> taken = new HashSet<>(corpus.stream().map(FaqEntry::id).toList());
		int generated = 0;
		for (FaqEntry entry : corpus) {
			String id = entry.id();
			if (!ARTICLE_ID.matcher(id).matches()) {
				// Some data sets use ids no article may have; any unused valid id will
				// do, as
				// rankings are mapped back before scoring.
				do {
					id = "eval-" + (++generated);
				}
				while (taken.contains(id));
				taken.add(id);
			}
			articles.datasetIds.put(id, entry.id());
			try {
				Files.writeString(directory.resolve(id + ".md"),
						ArticleMarkdown.article(id, entry.question(), entry.answer(), lang));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return articles;
	}

	/**
	 * The data set's id for an article id.
	 */
	String datasetId(String articleId) {
		return this.datasetIds.getOrDefault(articleId, articleId);
	}

	int size() {
		return this.datasetIds.size();
	}

}
