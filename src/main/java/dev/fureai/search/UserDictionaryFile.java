package dev.fureai.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.util.CSVUtil;

import dev.fureai.content.ContentProblem;
import dev.fureai.content.DictionaryFile;

/**
 * Reads {@code _search/userdict.txt} (Kuromoji format:
 * {@code surface,segmentation,readings,part-of-speech}) line by line, so a bad entry is
 * reported with its line number and the rest still loads. The surface and segmentation
 * are NFKC-normalised like the text (a full-width Ｘ２ entry would otherwise never meet
 * text that the normaliser turned into x2); that is a correction, not a problem.
 *
 * @param dictionary the good entries, or {@code null} when there are none
 * @param problems one per bad line
 */
record UserDictionaryFile(UserDictionary dictionary, List<ContentProblem> problems) {

	static final String NAME = "userdict.txt";

	static UserDictionaryFile parse(DictionaryFile file, Dictionaries.Consequence consequence) {
		StringBuilder good = new StringBuilder();
		Map<String, Integer> surfaces = new HashMap<>();
		List<ContentProblem> problems = new ArrayList<>();
		String[] lines = file.text().split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String normalised = normalise(line);
			Reason reason = check(normalised);
			if (reason == null) {
				// Kuromoji accepts each line alone but refuses the whole file with an
				// UnsupportedOperationException when a surface comes twice
				String surface = CSVUtil.parse(normalised)[0];
				Integer first = surfaces.putIfAbsent(surface, i + 1);
				reason = (first == null) ? null : new Reason("表層形「" + surface + "」は " + first + " 行目にもあります",
						"the surface '" + surface + "' is on line " + first + " too");
			}
			if (reason == null) {
				good.append(normalised).append('\n');
			}
			else {
				problems.add(new ContentProblem(file.file(), i + 1,
						"ユーザー辞書の行を読めません（" + reason.ja() + "）。" + consequence.ja(),
						"cannot read the user dictionary line (" + reason.en() + "); " + consequence.en()));
			}
		}
		return new UserDictionaryFile(open(good.toString()), problems);
	}

	private static Reason check(String line) {
		String[] fields = line.split(",", -1);
		if (fields.length != 4) {
			return new Reason("項目が " + fields.length + " 個あります。「表層形,分割,読み,品詞」の 4 個にしてください",
					count(fields.length, "field")
							+ " instead of the 4 of 'surface,segmentation,readings,part-of-speech'");
		}
		String[] segments = fields[1].strip().split(" +");
		if (!String.join("", segments).equals(fields[0].strip())) {
			return new Reason("分割「" + fields[1] + "」をつなげても表層形「" + fields[0] + "」になりません",
					"the segmentation '" + fields[1] + "' joined is not the surface '" + fields[0] + "'");
		}
		int readings = fields[2].strip().split(" +").length;
		if (readings != segments.length) {
			return new Reason("分割が " + segments.length + " 語なのに読みが " + readings + " 個です",
					count(segments.length, "segment") + " but " + count(readings, "reading"));
		}
		try {
			open(line);
			return null;
		}
		catch (RuntimeException ex) {
			// Kuromoji's words, as they are
			String reason = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			return new Reason(reason, reason);
		}
	}

	private static String count(int n, String noun) {
		return n + " " + noun + ((n == 1) ? "" : "s");
	}

	private static String normalise(String line) {
		if (line.indexOf('"') >= 0) {
			return line;
		}
		String[] fields = line.split(",", -1);
		for (int f = 0; f < Math.min(2, fields.length); f++) {
			fields[f] = TextNormalizer.normalize(fields[f]);
		}
		return String.join(",", fields);
	}

	private record Reason(String ja, String en) {
	}

	private static UserDictionary open(String entries) {
		try {
			return UserDictionary.open(new StringReader(entries));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
