package dev.fureai.search;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.fureai.content.Articles;
import dev.fureai.content.ContentChanged;
import dev.fureai.content.Lang;

/**
 * The service's search: a {@link SearchEngine} built from the content served at startup
 * and kept in step with every {@link ContentChanged}. The engine does the work; this bean
 * only connects it to Spring, so the {@code eval} command and the service rank alike.
 */
@Component
class LiveSearch implements Search {

	private final SearchEngine engine;

	LiveSearch(Articles articles, SearchProperties properties) {
		this.engine = SearchEngine.build(articles.snapshot(), properties);
	}

	@EventListener
	void on(ContentChanged event) {
		this.engine.apply(event);
	}

	@Override
	public SearchResult search(String question, Lang lang, int k) {
		return this.engine.search(question, lang, k);
	}

	@Override
	public List<Suggestion> suggest(String prefix, int k) {
		return this.engine.suggest(prefix, k);
	}

	@Override
	public List<String> terms(String question) {
		return this.engine.terms(question);
	}

}
