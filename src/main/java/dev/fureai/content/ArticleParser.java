package dev.fureai.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one article file: front matter fields, then the body into sections. Anything that
 * would serve a wrong or unreachable article is an {@link InvalidContent}; anything the
 * writer probably mistyped but that harms nobody is a warning.
 */
final class ArticleParser {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private static final Set<String> KEYS = Set.of("id", "title", "questions", "category", "tags", "lang", "related");

	private final MarkdownRenderer renderer;

	ArticleParser(MarkdownRenderer renderer) {
		this.renderer = renderer;
	}

	ParsedArticle parse(Path file, String text) throws InvalidContent {
		FrontMatter frontMatter = FrontMatter.parse(text);
		Fields fields = new Fields(file, frontMatter);
		String id = fields.required("id", "「id: invoice-reissue」のように、変えない ID を書きます",
				"a stable id such as 'id: invoice-reissue'");
		if (!ID.matcher(id).matches()) {
			throw new InvalidContent(fields.line("id"), "id「" + id + "」に使えるのは半角英数字と「.」「_」「-」だけです。先頭は半角英数字にしてください",
					"id '" + id + "' may contain only letters, digits, '.', '_' "
							+ "and '-', and must start with a letter or digit");
		}
		String title = fields.required("title", "お客様に見えるタイトルを書きます", "the title customers see");
		Lang lang = fields.lang();
		Article article = new Article(id, title, fields.strings("questions"), fields.string("category"),
				fields.strings("tags"), lang, fields.strings("related"), this.renderer.sections(frontMatter.body()),
				file);
		frontMatter.fields()
			.keySet()
			.stream()
			.filter((key) -> !KEYS.contains(key))
			.forEach((key) -> fields.warn(key,
					"フロントマターの不明なキー「" + key + "」は無視します（使えるキー: id, title, questions, category, tags, lang, related）",
					"unknown front matter key '" + key + "'; ignored (known keys: "
							+ "id, title, questions, category, tags, lang, related)"));
		return new ParsedArticle(article, fields.line("id"), fields.line("related"), fields.warnings);
	}

	/** Typed access to front matter values; lists accept a single value too. */
	private static final class Fields {

		private final Path file;

		private final FrontMatter frontMatter;

		private final List<ContentProblem> warnings = new ArrayList<>();

		Fields(Path file, FrontMatter frontMatter) {
			this.file = file;
			this.frontMatter = frontMatter;
		}

		int line(String key) {
			FrontMatter.Field field = this.frontMatter.fields().get(key);
			return (field != null) ? field.line() : 1;
		}

		void warn(String key, String messageJa, String message) {
			this.warnings.add(new ContentProblem(this.file, line(key), messageJa, message));
		}

		String required(String key, String hintJa, String hint) throws InvalidContent {
			FrontMatter.Field field = this.frontMatter.fields().get(key);
			if (field == null || isNull(field.value())) {
				throw new InvalidContent(1, "フロントマターに「" + key + ":」がありません（" + hintJa + "）",
						"the front matter has no '" + key + ":' (" + hint + ")");
			}
			if (!(field.value() instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
				throw new InvalidContent(field.line(), "「" + key + ":」には空でないテキストを 1 つ書いてください",
						"'" + key + ":' must be a single non-empty text");
			}
			return scalar.getValue().strip();
		}

		String string(String key) {
			FrontMatter.Field field = this.frontMatter.fields().get(key);
			if (field == null || isNull(field.value())) {
				return "";
			}
			if (field.value() instanceof ScalarNode scalar) {
				return scalar.getValue().strip();
			}
			warn(key, "「" + key + ":」にはテキストを 1 つだけ書いてください。この値は無視します", "'" + key + ":' must be a single text; ignored");
			return "";
		}

		List<String> strings(String key) {
			FrontMatter.Field field = this.frontMatter.fields().get(key);
			if (field == null || isNull(field.value())) {
				return List.of();
			}
			List<Node> items = (field.value() instanceof SequenceNode sequence) ? sequence.getValue()
					: List.of(field.value());
			List<String> values = new ArrayList<>();
			for (Node item : items) {
				if (item instanceof ScalarNode scalar && !isNull(scalar)) {
					if (!scalar.getValue().isBlank()) {
						values.add(scalar.getValue().strip());
					}
				}
				else if (!isNull(item)) {
					this.warnings.add(new ContentProblem(this.file, FrontMatter.line(item),
							"「" + key + ":」の項目はテキストにしてください。この項目は無視します",
							"'" + key + ":' must list texts; this entry is ignored"));
				}
			}
			return values;
		}

		Lang lang() {
			String code = string("lang");
			if (code.isEmpty()) {
				return Lang.JA;
			}
			return Lang.fromCode(code).orElseGet(() -> {
				warn("lang", "lang「" + code + "」は使えません（ja か en を書きます）。ja として扱います",
						"unknown lang '" + code + "' (use 'ja' or 'en'); treated as ja");
				return Lang.JA;
			});
		}

		private static boolean isNull(Node node) {
			return Tag.NULL.equals(node.getTag());
		}

	}

}
