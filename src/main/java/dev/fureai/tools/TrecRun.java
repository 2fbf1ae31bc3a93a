package dev.fureai.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A ranking in the TREC run format ({@code qid Q0 docid rank score tag}), which
 * {@code trec_eval} and {@code ranx} read, so that rankings can be compared outside the
 * product.
 */
final class TrecRun {

	static final String TAG = "fureai";

	private TrecRun() {
	}

	/**
	 * The run's lines for the queries in order, up to {@code depth} per query.
	 */
	static List<String> lines(List<String> queryIds, Map<String, List<RankedDoc>> rankings, int depth) {
		List<String> lines = new ArrayList<>();
		for (String queryId : queryIds) {
			List<RankedDoc> ranking = rankings.getOrDefault(queryId, List.of());
			for (int i = 0; i < Math.min(depth, ranking.size()); i++) {
				RankedDoc doc = ranking.get(i);
				lines.add(String.format(Locale.ROOT, "%s Q0 %s %d %.6f %s", field(queryId), field(doc.id()), i + 1,
						doc.score(), TAG));
			}
		}
		return lines;
	}

	static void write(Path file, List<String> queryIds, Map<String, List<RankedDoc>> rankings, int depth) {
		try {
			Files.write(file, lines(queryIds, rankings, depth));
		}
		catch (IOException ex) {
			throw new UsageException("eval: 書き込めません (cannot write run file): " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static String field(String id) {
		// The format is whitespace-separated: an id with a blank would shift every
		// column.
		if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
			throw new UsageException("eval: TREC 形式に書けない id です (id with white space): \"" + id + "\"");
		}
		return id;
	}

}
