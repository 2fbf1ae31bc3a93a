package dev.fureai.search;

import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Feeds suggestion entries to the suggester: text as key, article id as payload.
 */
final class Entries implements InputIterator {

	private final Iterator<Suggestions.Entry> entries;

	private Suggestions.Entry current;

	Entries(List<Suggestions.Entry> entries) {
		this.entries = entries.iterator();
	}

	@Override
	public BytesRef next() {
		if (!this.entries.hasNext()) {
			this.current = null;
			return null;
		}
		this.current = this.entries.next();
		return new BytesRef(this.current.text());
	}

	@Override
	public long weight() {
		return this.current.weight();
	}

	@Override
	public BytesRef payload() {
		return new BytesRef(this.current.payload());
	}

	@Override
	public boolean hasPayloads() {
		return true;
	}

	@Override
	public Set<BytesRef> contexts() {
		return null;
	}

	@Override
	public boolean hasContexts() {
		return false;
	}

}
