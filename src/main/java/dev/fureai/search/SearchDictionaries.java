package dev.fureai.search;

import java.util.List;

import dev.fureai.content.ContentProblem;
import dev.fureai.content.ContentSnapshot;

/**
 * The writers' search dictionaries under {@code _search/}: {@code synonyms.txt} (Solr
 * format, query time) and {@code userdict.txt} (Kuromoji user dictionary).
 */
public final class SearchDictionaries {

	private SearchDictionaries() {
	}

	/**
	 * Parses the snapshot's dictionary files with the real analysis chain and reports
	 * every bad line as {@code file:line: reason}. Synonym rules are split with the
	 * snapshot's own user dictionary, as the service would split them.
	 */
	public static List<ContentProblem> check(ContentSnapshot snapshot) {
		return Dictionaries.load(snapshot).problems();
	}

}
