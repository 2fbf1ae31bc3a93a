package dev.fureai.search;

import java.util.List;

import dev.fureai.content.ContentSnapshot;
import dev.fureai.content.Lang;

/**
 * The search pipeline over one content snapshot, usable without Spring: the service keeps
 * one and updates it as content changes; the {@code eval} command builds one over an
 * evaluation corpus.
 */
public final class SearchEngine implements Search {

	private SearchEngine() {
	}

	/**
	 * Indexes every article of the snapshot with the snapshot's own dictionaries.
	 */
	public static SearchEngine build(ContentSnapshot snapshot, SearchProperties properties) {
		throw new UnsupportedOperationException("not yet built");
	}

	@Override
	public SearchResult search(String question, Lang lang, int k) {
		throw new UnsupportedOperationException("not yet built");
	}

	@Override
	public List<Suggestion> suggest(String prefix, int k) {
		throw new UnsupportedOperationException("not yet built");
	}

}
