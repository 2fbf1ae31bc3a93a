package dev.fureai.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.analysis.ja.JapaneseCompletionAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseCompletionFilter;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;

import dev.fureai.content.Article;

/**
 * Completions over every title and question, each text once. The completion analyzer adds
 * romaji at each word (INDEX mode) and reads a half-typed query as an IME would (QUERY
 * mode: かいやくh → kaiyakuh), so kanji, kana and romaji prefixes all work.
 * {@code allTermsRequired} must be false: otherwise the kana surface token becomes a
 * required term and kana prefixes find nothing. The suggester orders only by weight
 * (titles over questions), so results whose text contains the typed prefix literally come
 * first.
 */
final class Suggestions implements Closeable {

	private final AnalyzingInfixSuggester suggester;

	/**
	 * Lookups share it, closing takes it alone: the suggester fails with a
	 * NullPointerException when closed under a running lookup.
	 */
	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private boolean closed;

	private Suggestions(AnalyzingInfixSuggester suggester) {
		this.suggester = suggester;
	}

	static Suggestions build(Collection<Article> articles, UserDictionary userDictionary) {
		Map<String, Entry> entries = new LinkedHashMap<>();
		for (Article article : articles) {
			entries.putIfAbsent(article.title(), new Entry(article.title(), article.id(), 2));
			for (String question : article.questions()) {
				entries.putIfAbsent(question, new Entry(question, article.id(), 1));
			}
		}
		try {
			AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
					new JapaneseCompletionAnalyzer(userDictionary, JapaneseCompletionFilter.Mode.INDEX),
					new JapaneseCompletionAnalyzer(userDictionary, JapaneseCompletionFilter.Mode.QUERY), 1, false,
					false, false);
			suggester.build(new Entries(List.copyOf(entries.values())));
			return new Suggestions(suggester);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Suggestion> lookup(String prefix, int k) throws IOException {
		String typed = prefix.strip();
		if (typed.isEmpty() || k <= 0) {
			return List.of();
		}
		List<LookupResult> results;
		this.lock.readLock().lock();
		try {
			if (this.closed) {
				throw new AlreadyClosedException("replaced by newer suggestions");
			}
			results = this.suggester.lookup(typed, (BooleanQuery) null, k * 3, false, false);
		}
		finally {
			this.lock.readLock().unlock();
		}
		String literal = TextNormalizer.normalize(typed);
		List<Suggestion> suggestions = new ArrayList<>();
		for (LookupResult result : results) {
			String articleId = result.payload.utf8ToString();
			suggestions.add(new Suggestion(result.key.toString(), articleId));
		}
		suggestions.sort(Comparator.comparing((Suggestion s) -> !TextNormalizer.normalize(s.text()).contains(literal)));
		return suggestions.subList(0, Math.min(k, suggestions.size()));
	}

	@Override
	public void close() throws IOException {
		this.lock.writeLock().lock();
		try {
			this.closed = true;
			this.suggester.close();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	record Entry(String text, String articleId, long weight) {

		byte[] payload() {
			return this.articleId.getBytes(StandardCharsets.UTF_8);
		}

	}

}
