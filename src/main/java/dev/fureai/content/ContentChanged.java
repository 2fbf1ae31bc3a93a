package dev.fureai.content;

import java.util.Set;

/**
 * Published after the content directory changed and the new snapshot is in force.
 *
 * @param snapshot the content now served
 * @param changedIds ids of articles added or modified (including renamed files)
 * @param removedIds ids of articles no longer served
 * @param dictionariesChanged whether any file under {@code _search/} changed
 */
public record ContentChanged(ContentSnapshot snapshot, Set<String> changedIds, Set<String> removedIds,
		boolean dictionariesChanged) {

	public ContentChanged {
		changedIds = Set.copyOf(changedIds);
		removedIds = Set.copyOf(removedIds);
	}

}
