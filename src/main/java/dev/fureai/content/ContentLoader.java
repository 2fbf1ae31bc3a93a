package dev.fureai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the content directory into snapshots, again and again: keeps each file's last
 * result (re-reading only changed files) and each file's last good version, which is
 * served while a broken edit is being fixed. Not thread-safe: one caller at a time.
 */
final class ContentLoader {

	// Far above any real article (about 40,000 Japanese characters), and low enough that
	// flexmark's super-linear cases (docs/security-testing.md) stay at seconds, not
	// minutes.
	static final long MAX_ARTICLE_BYTES = 128 * 1024;

	static final long MAX_DICTIONARY_BYTES = 16 * Utf8Files.ONE_MIB;

	private static final Consequence ARTICLE_NOT_SERVED = new Consequence("この記事は公開されません", "the article is not served");

	private static final Consequence ARTICLE_LAST_GOOD = new Consequence("直前の正しい版を公開し続けます",
			"the last good version is still served");

	private static final Consequence DICTIONARY_NOT_USED = new Consequence("この辞書は使われません", "the dictionary is not used");

	private static final Consequence DICTIONARY_LAST_GOOD = new Consequence("直前の正しい版を使い続けます",
			"the last good version is still used");

	private final Path directory;

	private final ArticleParser parser = new ArticleParser(new MarkdownRenderer());

	private final FileCache<ParsedArticle> articleCache = new FileCache<>();

	private final FileCache<String> dictionaryCache = new FileCache<>();

	private final Map<Path, ParsedArticle> lastGoodArticles = new HashMap<>();

	private final Map<Path, String> lastGoodDictionaries = new HashMap<>();

	/** Which file served each id in the last load. */
	private Map<String, Path> lastOwners = Map.of();

	ContentLoader(Path directory) {
		this.directory = directory;
	}

	ContentSnapshot load(long version) {
		if (!Files.isDirectory(this.directory)) {
			forgetAllBut(new ContentFiles.Listing(List.of(), List.of()));
			return empty(version, "コンテンツのディレクトリがありません。記事は 1 件も公開されません",
					"the content directory does not exist; no articles are served");
		}
		ContentFiles.Listing listing;
		try {
			listing = ContentFiles.list(this.directory);
		}
		catch (IOException ex) {
			return empty(version, "コンテンツのディレクトリの中を一覧できません（" + ex + "）。記事は 1 件も公開されません",
					"cannot list the content directory (" + ex + "); no articles are served");
		}
		List<ContentProblem> problems = new ArrayList<>();
		List<ParsedArticle> served = new ArrayList<>();
		// parsing (Markdown, front matter, sanitising) on every core; the rest in listing
		// order
		List<FileCache.Outcome<ParsedArticle>> outcomes = listing.articles()
			.parallelStream()
			.map((file) -> this.articleCache.get(this.directory, file, MAX_ARTICLE_BYTES,
					(text) -> this.parser.parse(file, text)))
			.toList();
		Map<Path, ParsedArticle> parsedFiles = new LinkedHashMap<>();
		for (int i = 0; i < outcomes.size(); i++) {
			Path file = listing.articles().get(i);
			ParsedArticle parsed = article(file, outcomes.get(i), problems);
			if (parsed != null) {
				parsedFiles.put(file, parsed);
			}
		}
		// An id stays with the file that served it: a new file reusing a live article's
		// id is the one rejected, whatever its name sorts like. Otherwise the first in
		// listing order has it.
		Map<String, Path> owners = new HashMap<>();
		parsedFiles.forEach((file, parsed) -> {
			if (file.equals(this.lastOwners.get(parsed.article().id()))) {
				owners.put(parsed.article().id(), file);
			}
		});
		parsedFiles.forEach((file, parsed) -> {
			String id = parsed.article().id();
			Path owner = owners.putIfAbsent(id, file);
			if (owner == null || owner.equals(file)) {
				served.add(parsed);
			}
			else {
				problems.add(new ContentProblem(file, parsed.idLine(),
						"id「" + id + "」は " + owner + " ですでに使われています。このファイルは公開されません",
						"id '" + id + "' is already used by " + owner + "; this file is not served"));
			}
		});
		this.lastOwners = Map.copyOf(owners);
		Map<String, Article> articles = new LinkedHashMap<>();
		for (ParsedArticle parsed : served) {
			problems.addAll(parsed.warnings());
			Article article = RelatedIds.keepKnown(parsed, owners.keySet(), problems);
			articles.put(article.id(), article);
		}
		List<DictionaryFile> dictionaries = new ArrayList<>();
		for (Path file : listing.dictionaries()) {
			String text = dictionary(file, problems);
			if (text != null) {
				dictionaries.add(new DictionaryFile(file, text));
			}
		}
		forgetAllBut(listing);
		problems.sort(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line));
		return new ContentSnapshot(this.directory, version, articles, dictionaries, problems);
	}

	private ParsedArticle article(Path file, FileCache.Outcome<ParsedArticle> outcome, List<ContentProblem> problems) {
		if (outcome.value() != null) {
			this.lastGoodArticles.put(file, outcome.value());
			return outcome.value();
		}
		ParsedArticle lastGood = this.lastGoodArticles.get(file);
		problems.add(problem(file, outcome.failure(), (lastGood != null) ? ARTICLE_LAST_GOOD : ARTICLE_NOT_SERVED));
		return lastGood;
	}

	private String dictionary(Path file, List<ContentProblem> problems) {
		FileCache.Outcome<String> outcome = this.dictionaryCache.get(this.directory, file, MAX_DICTIONARY_BYTES,
				(text) -> text);
		if (outcome.value() != null) {
			this.lastGoodDictionaries.put(file, outcome.value());
			return outcome.value();
		}
		String lastGood = this.lastGoodDictionaries.get(file);
		problems.add(problem(file, outcome.failure(), (lastGood != null) ? DICTIONARY_LAST_GOOD : DICTIONARY_NOT_USED));
		return lastGood;
	}

	private static ContentProblem problem(Path file, InvalidContent failure, Consequence consequence) {
		return new ContentProblem(file, failure.line(), failure.reasonJa() + "。" + consequence.ja(),
				failure.reason() + "; " + consequence.en());
	}

	private void forgetAllBut(ContentFiles.Listing listing) {
		// sets: retainAll asks the argument for every key
		Set<Path> articles = Set.copyOf(listing.articles());
		Set<Path> dictionaries = Set.copyOf(listing.dictionaries());
		this.articleCache.retain(articles);
		this.lastGoodArticles.keySet().retainAll(articles);
		this.dictionaryCache.retain(dictionaries);
		this.lastGoodDictionaries.keySet().retainAll(dictionaries);
	}

	private ContentSnapshot empty(long version, String messageJa, String message) {
		return new ContentSnapshot(this.directory, version, Map.of(), List.of(),
				List.of(new ContentProblem(this.directory, 0, messageJa, message)));
	}

	/** What the service does about a file it cannot read, in both languages. */
	private record Consequence(String ja, String en) {
	}

}
