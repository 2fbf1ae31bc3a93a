package dev.fureai.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A general Japanese thesaurus for low-weight query expansion: Sudachi's synonym
 * dictionary, whole (about 26,000 groups of words with one meaning, written by
 * lexicographers for any text, not for any help center). Each headword is analysed by the
 * Japanese index chain; only headwords that are one term there take part, so a term of
 * the question maps to terms the index holds. Headwords marked in Sudachi as targets only
 * (abbreviations, ambiguous readings) are expanded to but never from.
 * <p>
 * Loaded once per process (a second or so of analysis), shared by every engine: it does
 * not depend on the content or on its user dictionary.
 */
final class Thesaurus {

	static final String RESOURCE = "/search/ja/sudachi-synonyms.txt";

	private static volatile Thesaurus shared;

	private final Map<String, String[]> expansions;

	private Thesaurus(Map<String, String[]> expansions) {
		this.expansions = expansions;
	}

	/** The dictionary shipped with the application. */
	static Thesaurus shared() {
		Thesaurus thesaurus = shared;
		if (thesaurus == null) {
			synchronized (Thesaurus.class) {
				thesaurus = shared;
				if (thesaurus == null) {
					thesaurus = load();
					shared = thesaurus;
				}
			}
		}
		return thesaurus;
	}

	private static Thesaurus load() {
		try (InputStream in = Thesaurus.class.getResourceAsStream(RESOURCE);
				Analyzer analyzer = JaMorphAnalyzer.forIndex(null)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			Map<String, Set<String>> expansions = new HashMap<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					group(line, analyzer, expansions);
				}
			}
			Map<String, String[]> frozen = new HashMap<>(expansions.size() * 2);
			expansions.forEach((term, targets) -> frozen.put(term, targets.toArray(String[]::new)));
			return new Thesaurus(frozen);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void group(String line, Analyzer analyzer, Map<String, Set<String>> expansions) throws IOException {
		List<String> sources = new ArrayList<>();
		Set<String> terms = new LinkedHashSet<>();
		for (String headword : line.split(",")) {
			boolean targetOnly = headword.startsWith("!");
			String term = oneTerm(analyzer, targetOnly ? headword.substring(1) : headword);
			if (term != null && terms.add(term) && !targetOnly) {
				sources.add(term);
			}
		}
		for (String source : sources) {
			for (String target : terms) {
				if (!target.equals(source)) {
					expansions.computeIfAbsent(source, (s) -> new LinkedHashSet<>()).add(target);
				}
			}
		}
	}

	/** The headword's single index term, or {@code null} if it is none or several. */
	private static String oneTerm(Analyzer analyzer, String headword) throws IOException {
		String term = null;
		try (TokenStream tokens = analyzer.tokenStream("thesaurus", headword)) {
			CharTermAttribute attribute = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				if (term != null) {
					return null;
				}
				term = attribute.toString();
			}
			tokens.end();
		}
		return term;
	}

	/**
	 * The other terms of the given terms' groups, in order, without the given terms
	 * themselves, at most {@code max}.
	 */
	List<String> expand(Collection<String> terms, int max) {
		Set<String> expanded = new LinkedHashSet<>();
		for (String term : terms) {
			String[] targets = this.expansions.get(term);
			if (targets == null) {
				continue;
			}
			for (String target : targets) {
				if (expanded.size() >= max) {
					break;
				}
				if (!terms.contains(target)) {
					expanded.add(target);
				}
			}
		}
		return new ArrayList<>(expanded);
	}

	int size() {
		return this.expansions.size();
	}

}
