package dev.fureai.tools;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.fureai.tools.EvalDataset.EvalQuery;
import dev.fureai.tools.EvalDataset.FaqEntry;

/**
 * Reads a data set directory, refusing anything malformed with the file and line at
 * fault: a figure computed from half-read data would be worse than none.
 */
final class EvalDatasetReader {

	private static final String QRELS_HEADER = "query_id\tdoc_id\tgrade";

	private final JsonMapper json = JsonMapper.builder().build();

	EvalDataset read(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new UsageException("eval: データセットのディレクトリがありません (no such directory): " + directory);
		}
		List<FaqEntry> corpus = readJsonLines(directory.resolve("corpus.jsonl"),
				(node, at) -> new FaqEntry(text(node, "id", at), text(node, "question", at), text(node, "answer", at)));
		requireUniqueIds(corpus.stream().map(FaqEntry::id).toList(), directory.resolve("corpus.jsonl"));
		List<EvalQuery> queries = readJsonLines(directory.resolve("queries.jsonl"),
				(node, at) -> new EvalQuery(text(node, "id", at), text(node, "text", at)));
		requireUniqueIds(queries.stream().map(EvalQuery::id).toList(), directory.resolve("queries.jsonl"));
		Map<String, Map<String, Integer>> judgements = readQrels(directory.resolve("qrels.tsv"));
		Path name = directory.toAbsolutePath().normalize().getFileName();
		return new EvalDataset((name != null) ? name.toString() : directory.toString(),
				Scripts.languageOf(corpus.stream().map((e) -> e.question() + "\n" + e.answer()).toList()), corpus,
				queries, judgements);
	}

	private <T> List<T> readJsonLines(Path file, BiFunction<JsonNode, String, T> mapper) {
		List<String> lines = lines(file);
		List<T> items = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			String at = file + ":" + (i + 1);
			JsonNode node;
			try {
				node = this.json.readTree(lines.get(i));
			}
			catch (JacksonException ex) {
				throw new UsageException(at + ": JSON として読めません (invalid JSON): " + ex.getOriginalMessage());
			}
			if (node == null || !node.isObject()) {
				throw new UsageException(at + ": JSON オブジェクトではありません (not a JSON object)");
			}
			items.add(mapper.apply(node, at));
		}
		return items;
	}

	private static String text(JsonNode node, String field, String at) {
		JsonNode value = node.get(field);
		if (value == null || !(value.isString() || value.isNumber())) {
			throw new UsageException(at + ": \"" + field + "\" が文字列ではありません (missing or not a string)");
		}
		return value.asString();
	}

	private static void requireUniqueIds(List<String> ids, Path file) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			if (!seen.add(ids.get(i))) {
				throw new UsageException(file + ": id が重複しています (duplicate id): " + ids.get(i));
			}
		}
	}

	private Map<String, Map<String, Integer>> readQrels(Path file) {
		List<String> lines = lines(file);
		if (lines.isEmpty() || !lines.getFirst().strip().equals(QRELS_HEADER)) {
			throw new UsageException(file + ":1: 見出し行が違います (expected header \"query_id<TAB>doc_id<TAB>grade\")");
		}
		Map<String, Map<String, Integer>> judgements = new LinkedHashMap<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			String at = file + ":" + (i + 1);
			String[] fields = lines.get(i).strip().split("\t");
			if (fields.length != 3) {
				throw new UsageException(at + ": タブ区切りの 3 列ではありません (expected 3 tab-separated fields)");
			}
			Integer previous = judgements.computeIfAbsent(fields[0], (q) -> new HashMap<>())
				.put(fields[1], grade(fields[2], at));
			if (previous != null) {
				throw new UsageException(at + ": 同じ判定が二度あります (duplicate judgement)");
			}
		}
		return judgements;
	}

	private static int grade(String field, String at) {
		try {
			int grade = Integer.parseInt(field.strip());
			if (grade >= 0) {
				return grade;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new UsageException(at + ": grade は 0 以上の整数です (grade must be a non-negative integer): " + field);
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (CharacterCodingException ex) {
			throw new UsageException(file + ": UTF-8 として読めません (not UTF-8)", ex);
		}
		catch (IOException ex) {
			throw new UsageException(file + ": 読めません (cannot read): " + ex.getMessage(), ex);
		}
	}

}
