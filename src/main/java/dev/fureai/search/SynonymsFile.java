package dev.fureai.search;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import dev.fureai.content.ContentProblem;
import dev.fureai.content.DictionaryFile;

/**
 * Reads {@code _search/synonyms.txt} (Solr format, query time only). Every rule is parsed
 * on its own with the Japanese pre-synonym chain, so a bad rule is reported with its line
 * number and skipped. Rules written only in ASCII also go, parsed with the English chain,
 * to the English fields; mixed rules (ログイン,login) stay Japanese-only because the Japanese
 * chain already handles their Latin words.
 *
 * @param japanese the map for the Japanese query chain, never {@code null}
 * @param english the map for the English query chain, never {@code null}
 * @param problems one per bad line
 */
record SynonymsFile(SynonymMap japanese, SynonymMap english, List<ContentProblem> problems) {

	static final String NAME = "synonyms.txt";

	static SynonymsFile parse(DictionaryFile file, UserDictionary userDictionary,
			Dictionaries.Consequence consequence) {
		Analyzer ja = new JaSynonymRuleAnalyzer(userDictionary);
		Analyzer en = EnAnalyzer.forRules();
		StringBuilder jaRules = new StringBuilder();
		StringBuilder enRules = new StringBuilder();
		List<ContentProblem> problems = new ArrayList<>();
		String[] lines = file.text().split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (!hasBothSides(line)) {
				problems.add(problem(file, i + 1, "「=>」は 1 つだけ、左右に語を書いてください", "write one '=>' with words on both sides",
						consequence));
				continue;
			}
			try {
				check(ja, line);
				jaRules.append(line).append('\n');
				if (line.chars().allMatch((c) -> c < 128)) {
					check(en, line);
					enRules.append(line).append('\n');
				}
			}
			catch (ParseException | RuntimeException ex) {
				// Lucene's words, as they are: they name the term at fault
				String reason = reason(ex);
				problems.add(problem(file, i + 1, reason, reason, consequence));
			}
		}
		return new SynonymsFile(build(ja, jaRules), build(en, enRules), problems);
	}

	private static SynonymMap build(Analyzer analyzer, CharSequence rules) {
		try {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
			parser.parse(new StringReader(rules.toString()));
			return parser.build();
		}
		catch (IOException | ParseException ex) {
			throw new IllegalStateException("rules that parsed one by one failed together", ex);
		}
	}

	private static void check(Analyzer analyzer, String rule) throws ParseException {
		try {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
			parser.parse(new StringReader(rule));
			parser.build();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ContentProblem problem(DictionaryFile file, int line, String reasonJa, String reason,
			Dictionaries.Consequence consequence) {
		return new ContentProblem(file.file(), line, "同義語の規則を読めません（" + reasonJa + "）。" + consequence.ja(),
				"cannot read the synonym rule (" + reason + "); " + consequence.en());
	}

	/** Solr accepts a rule with an empty side and silently does nothing with it. */
	private static boolean hasBothSides(String line) {
		String[] sides = line.split("=>", -1);
		return sides.length == 1 || (sides.length == 2 && !sides[0].isBlank() && !sides[1].isBlank());
	}

	private static String reason(Exception ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		return String.valueOf(cause.getMessage());
	}

}
