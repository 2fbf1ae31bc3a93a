package dev.fureai.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.fureai.content.Article;
import dev.fureai.content.ContentSnapshot;
import dev.fureai.content.Lang;

/**
 * Ranking ablations over an evaluation data set (not a test): indexes the corpus as
 * articles with the real engine and prints nDCG@10 / MRR@10 / Hit@1 and the answer
 * decisions for each ranking given as {@code key=value,...} (body, enbody, bigram,
 * bodybigram, yomi, tie, k1, b, latinja, thes, coord; unnamed keys keep their defaults).
 * The data is read at run time from {@code ../shared/eval}, never copied. Articles are
 * built directly (answer text as the section text), so figures can differ from
 * {@code eval}'s in the third decimal. See docs/relevance.md for the command.
 */
class RankingAblation {

	record Row(String qid, String text, List<String> ranking, SearchResult result) {
	}

	static Map<String, Map<String, Integer>> qrels = new HashMap<>();

	static List<String[]> queries = new ArrayList<>();

	static List<Article> articles = new ArrayList<>();

	static void load(String ds) throws Exception {
		Path dir = Path.of(ds);
		JsonMapper json = JsonMapper.builder().build();
		Lang lang = dir.getFileName().toString().startsWith("stack") ? Lang.EN : Lang.JA;
		for (String line : Files.readAllLines(dir.resolve("corpus.jsonl"))) {
			if (line.isBlank())
				continue;
			JsonNode n = json.readTree(line);
			String id = n.get("id").asString().replaceAll("[^A-Za-z0-9._-]", "_");
			String q = n.get("question").asString();
			String a = n.get("answer").asString();
			articles.add(new Article(id, q, List.of(q), "", List.of(), lang, List.of(), List.of(Fixtures.intro(a)),
					Path.of(id + ".md")));
		}
		for (String line : Files.readAllLines(dir.resolve("queries.jsonl"))) {
			if (line.isBlank())
				continue;
			JsonNode n = json.readTree(line);
			queries.add(new String[] { n.get("id").asString(), n.get("text").asString() });
		}
		boolean first = true;
		for (String line : Files.readAllLines(dir.resolve("qrels.tsv"))) {
			if (first) {
				first = false;
				continue;
			}
			String[] f = line.split("\t");
			qrels.computeIfAbsent(f[0], (k) -> new HashMap<>())
				.put(f[1].replaceAll("[^A-Za-z0-9._-]", "_"), Integer.parseInt(f[2]));
		}
	}

	static double[] metrics(List<String> ranking, Map<String, Integer> g) {
		double dcg = 0;
		int first = 0;
		for (int i = 0; i < Math.min(10, ranking.size()); i++) {
			int gr = g.getOrDefault(ranking.get(i), 0);
			dcg += gr / (Math.log(i + 2) / Math.log(2));
			if (gr >= 1 && first == 0)
				first = i + 1;
		}
		List<Integer> best = g.values().stream().sorted(Comparator.reverseOrder()).limit(10).toList();
		double idcg = 0;
		for (int i = 0; i < best.size(); i++)
			idcg += best.get(i) / (Math.log(i + 2) / Math.log(2));
		return new double[] { dcg / idcg, first > 0 ? 1.0 / first : 0, first == 1 ? 1 : 0 };
	}

	static List<Row> run(SearchProperties props) {
		ContentSnapshot snap = Fixtures.snapshot(1, articles, "", "");
		SearchEngine engine = SearchEngine.build(snap, props);
		List<Row> rows = new ArrayList<>();
		for (String[] q : queries) {
			Map<String, Integer> g = qrels.get(q[0]);
			if (g == null || g.values().stream().noneMatch((x) -> x >= 1))
				continue;
			SearchResult r = engine.search(q[1], null, 10);
			rows.add(new Row(q[0], q[1], r.hits().stream().map(SearchHit::articleId).toList(), r));
		}
		return rows;
	}

	static String summary(List<Row> rows) {
		double n = 0, m = 0, h = 0;
		int ans = 0, cor = 0;
		for (Row r : rows) {
			double[] x = metrics(r.ranking(), qrels.get(r.qid()));
			n += x[0];
			m += x[1];
			h += x[2];
			if (r.result().decision().kind() == AnswerDecision.Kind.ANSWER) {
				ans++;
				cor += x[2] > 0 ? 1 : 0;
			}
		}
		int c = rows.size();
		return String.format(Locale.ROOT, "%.3f / %.3f / %.3f  (answer %d, precision %.3f, coverage %.3f)", n / c,
				m / c, h / c, ans, ans == 0 ? 0 : (double) cor / ans, (double) ans / c);
	}

	static String timing(SearchProperties props) {
		SearchEngine engine = SearchEngine.build(Fixtures.snapshot(1, articles, "", ""), props);
		List<String> qs = new ArrayList<>();
		queries.forEach((q) -> qs.add(q[1]));
		articles.forEach((a) -> qs.add(a.title()));
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long[] cpu = new long[qs.size() * 3];
		for (int round = 0; round < 5; round++) {
			for (int i = 0; i < qs.size(); i++) {
				long t = threads.getCurrentThreadCpuTime();
				engine.search(qs.get(i), null, 3);
				if (round >= 2)
					cpu[(round - 2) * qs.size() + i] = threads.getCurrentThreadCpuTime() - t;
			}
		}
		Arrays.sort(cpu);
		return String.format(Locale.ROOT, "cpu p50 %.3f p90 %.3f p99 %.3f ms", cpu[cpu.length / 2] / 1e6,
				cpu[(int) (cpu.length * 0.9)] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6);
	}

	static SearchProperties.Ranking r(String spec) {
		SearchProperties.Ranking d = SearchProperties.Ranking.defaults();
		Map<String, Float> m = new HashMap<>();
		for (String kv : spec.split(",")) {
			if (kv.isBlank())
				continue;
			String[] p = kv.split("=");
			m.put(p[0], Float.parseFloat(p[1]));
		}
		return new SearchProperties.Ranking(m.getOrDefault("body", d.bodyBoost()),
				m.getOrDefault("enbody", d.englishBodyBoost()), m.getOrDefault("bigram", d.bigramBoost()),
				m.getOrDefault("bodybigram", d.bodyBigramBoost()), m.getOrDefault("yomi", d.yomiBoost()),
				m.getOrDefault("tie", d.tieBreaker()), m.getOrDefault("k1", d.bm25K1()), m.getOrDefault("b", d.bm25B()),
				m.getOrDefault("latinja", d.latinJapaneseBoost()), m.getOrDefault("thes", d.thesaurusBoost()),
				m.getOrDefault("coord", d.coordination()));
	}

	public static void main(String[] args) throws Exception {
		load(args[0]);
		boolean time = Boolean.getBoolean("time");

		for (int i = 1; i < args.length; i++) {
			SearchProperties.Ranking ranking = r(args[i]);
			SearchProperties p = new SearchProperties(1000, ranking, SearchProperties.Decision.defaults(), 120);
			List<Row> rows = run(p);
			System.out.println(args[i] + ": " + summary(rows) + (time ? "  " + timing(p) : ""));
		}
	}

}
