package dev.fureai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.fureai.content.Article;
import dev.fureai.content.ContentChanged;
import dev.fureai.content.ContentProblem;
import dev.fureai.content.ContentSnapshot;
import dev.fureai.content.Lang;

/**
 * The search pipeline over one content snapshot, usable without Spring: the service keeps
 * one and updates it as content changes; the {@code eval} command builds one over an
 * evaluation corpus.
 * <p>
 * Thread-safe. Queries read one immutable {@link EngineState}; updates are serialised and
 * either publish an incremental change to the same index at once or swap a whole new
 * state, so a query sees the content before or after a change, never half of it.
 */
public final class SearchEngine implements Search {

	private static final Logger logger = LoggerFactory.getLogger(SearchEngine.class);

	private static final int MAX_K = 100;

	private final SearchProperties properties;

	private final HitCollector hits;

	private final Decider decider;

	private final AtomicReference<EngineState> state;

	private SearchEngine(SearchProperties properties, EngineState state) {
		this.properties = properties;
		this.hits = new HitCollector(new Snippets(properties.snippetLength()));
		this.decider = new Decider(properties.decision());
		this.state = new AtomicReference<>(state);
	}

	/**
	 * Indexes every article of the snapshot with the snapshot's own dictionaries. Bad
	 * dictionary lines are skipped (see {@link SearchDictionaries#check}).
	 */
	public static SearchEngine build(ContentSnapshot snapshot, SearchProperties properties) {
		Dictionaries dictionaries = Dictionaries.load(snapshot);
		dictionaries.problems().forEach((p) -> logger.warn("{}", p.format()));
		return new SearchEngine(properties, EngineState.build(snapshot, dictionaries, properties));
	}

	@Override
	public SearchResult search(String question, Lang lang, int k) {
		Question q = Question.of(question, lang, this.properties.maxQuestionLength());
		if (q.status() == SearchResult.Status.EMPTY || k <= 0) {
			return new SearchResult(q.text(), q.status(), q.languages(), List.of(),
					AnswerDecision.noAnswer("nothing to search"));
		}
		for (int attempt = 0;; attempt++) {
			EngineState current = this.state.get();
			try {
				return search(current, q, Math.min(k, MAX_K));
			}
			catch (AlreadyClosedException ex) {
				// a new state replaced this one between get() and acquire(): use the new
				// one
				if (attempt > 2) {
					throw ex;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private SearchResult search(EngineState current, Question q, int k) throws IOException {
		IndexSearcher searcher = current.index().acquire();
		try {
			Map<Lang, Query> parts = new EnumMap<>(Lang.class);
			Query query = current.queries().build(q.text(), q.languages(), parts, searcher);
			if (query == null) {
				return new SearchResult(q.text(), q.status(), q.languages(), List.of(),
						AnswerDecision.noAnswer("no searchable word"));
			}
			// the decision compares the top two articles even when fewer are asked for
			float[] scores = DocScores.of(searcher, query);
			Coordination.apply(searcher, parts, this.properties.ranking().coordination(), scores);
			List<SearchHit> hits = this.hits.collect(searcher, current.index(), query, scores, Math.max(k, 2));
			double ceiling = hits.isEmpty() ? 0 : MaxScore.of(searcher, parts.get(hits.get(0).lang()));
			AnswerDecision decision = this.decider.decide(hits, ceiling);
			return new SearchResult(q.text(), q.status(), q.languages(), hits.subList(0, Math.min(k, hits.size())),
					decision);
		}
		finally {
			current.index().release(searcher);
		}
	}

	@Override
	public List<Suggestion> suggest(String prefix, int k) {
		if (prefix == null || prefix.isBlank() || k <= 0) {
			return List.of();
		}
		String capped = (prefix.length() > this.properties.maxQuestionLength())
				? prefix.substring(0, this.properties.maxQuestionLength()) : prefix;
		for (int attempt = 0;; attempt++) {
			try {
				return this.state.get().suggestions().lookup(capped, Math.min(k, MAX_K));
			}
			catch (AlreadyClosedException ex) {
				if (attempt > 2) {
					throw ex;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@Override
	public List<String> terms(String question) {
		Question q = Question.of(question, null, this.properties.maxQuestionLength());
		if (q.status() == SearchResult.Status.EMPTY) {
			return List.of();
		}
		Analyzers analyzers = this.state.get().analyzers();
		// Latin-only text is searched in both languages; its words are English ones
		Analyzer analyzer = q.languages().contains(Lang.EN) ? analyzers.enQuery() : analyzers.jaQuery();
		SortedSet<String> terms = new TreeSet<>();
		try (TokenStream stream = analyzer.tokenStream("terms", q.text())) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(terms);
	}

	/** Problems in the dictionary files as last loaded, and what was done about them. */
	List<ContentProblem> problems() {
		return this.state.get().dictionaries().problems();
	}

	/**
	 * Brings the index in line with changed content. Articles are replaced or removed in
	 * the live index and published together. A changed user dictionary changes how every
	 * text is split, so the whole index is rebuilt off to the side and swapped in;
	 * synonyms are query-side only and just swap the query chains.
	 */
	synchronized void apply(ContentChanged event) {
		EngineState current = this.state.get();
		ContentSnapshot snapshot = event.snapshot();
		Dictionaries dictionaries = event.dictionariesChanged() ? current.dictionaries().reload(snapshot)
				: current.dictionaries();
		dictionaries.problems().forEach((p) -> logger.warn("{}", p.format()));
		if (!dictionaries.sameUserDictionary(current.dictionaries())) {
			replace(current, EngineState.build(snapshot, dictionaries, this.properties));
			return;
		}
		try {
			current.index().remove(event.removedIds());
			for (String id : event.changedIds()) {
				Article article = snapshot.articles().get(id);
				if (article != null) {
					current.index().put(article);
				}
			}
			current.index().publish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		EngineState next = current.with(dictionaries, snapshot, this.properties);
		this.state.set(next);
		close(current.suggestions());
	}

	private void replace(EngineState current, EngineState next) {
		this.state.set(next);
		close(current.index());
		close(current.suggestions());
	}

	private static void close(java.io.Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not close a replaced search structure", ex);
		}
	}

}
