package dev.fureai.content;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What differs between two snapshots, as the event other modules react to.
 */
final class ContentChanges {

	private ContentChanges() {
	}

	/** Empty when nothing a reader could notice changed, problems included. */
	static Optional<ContentChanged> between(ContentSnapshot previous, ContentSnapshot next) {
		Set<String> changed = new HashSet<>();
		next.articles().forEach((id, article) -> {
			if (!Objects.equals(previous.articles().get(id), article)) {
				changed.add(id);
			}
		});
		Set<String> removed = new HashSet<>(previous.articles().keySet());
		removed.removeAll(next.articles().keySet());
		boolean dictionariesChanged = !previous.dictionaries().equals(next.dictionaries());
		boolean problemsChanged = !previous.problems().equals(next.problems());
		if (changed.isEmpty() && removed.isEmpty() && !dictionariesChanged && !problemsChanged) {
			return Optional.empty();
		}
		return Optional.of(new ContentChanged(next, changed, removed, dictionariesChanged));
	}

}
