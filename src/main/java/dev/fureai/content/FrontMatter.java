package dev.fureai.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The YAML block between the first line {@code ---} and the next, and the Markdown body
 * after it. The YAML is only composed into nodes, never constructed into objects, so no
 * tag can instantiate a type; aliases, nesting and size are limited.
 *
 * @param fields top-level keys in file order, each with its value node and file line
 * @param body the Markdown after the closing line
 */
record FrontMatter(Map<String, Field> fields, String body) {

	private static final int FIRST_YAML_LINE = 2;

	record Field(String key, Node value, int line) {
	}

	static FrontMatter parse(String text) throws InvalidContent {
		List<String> lines = text.lines().toList();
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			throw new InvalidContent(1, "フロントマターがありません。ファイルの先頭に「---」の行、次に「id:」と「title:」、最後にもう一度「---」の行を書いてください",
					"no front matter: the file must start with a line '---', then 'id:' and "
							+ "'title:', then another line '---'");
		}
		int end = 1;
		while (end < lines.size() && !isClosing(lines.get(end))) {
			end++;
		}
		if (end == lines.size()) {
			throw new InvalidContent(1, "1 行目で始まったフロントマターが「---」の行で閉じられていません",
					"the front matter opened on line 1 is never closed with a line '---'");
		}
		String yaml = String.join("\n", lines.subList(1, end));
		String body = String.join("\n", lines.subList(end + 1, lines.size()));
		return new FrontMatter(fields(compose(yaml)), body);
	}

	private static boolean isClosing(String line) {
		String stripped = line.strip();
		return stripped.equals("---") || stripped.equals("...");
	}

	private static Node compose(String yaml) throws InvalidContent {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(10);
		options.setNestingDepthLimit(10);
		options.setCodePointLimit(64 * 1024);
		options.setAllowRecursiveKeys(false);
		DumperOptions dumperOptions = new DumperOptions();
		Yaml parser = new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options);
		try {
			return parser.compose(new StringReader(yaml));
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + FIRST_YAML_LINE : 1;
			throw invalidYaml(line, ex.getProblem());
		}
		catch (YAMLException ex) {
			throw invalidYaml(1, ex.getMessage());
		}
	}

	/** The parser's own words stay as they are: they name the YAML construct at fault. */
	private static InvalidContent invalidYaml(int line, String parser) {
		return new InvalidContent(line, "フロントマターの YAML が正しくありません: " + parser,
				"front matter is not valid YAML: " + parser);
	}

	private static Map<String, Field> fields(Node root) throws InvalidContent {
		Map<String, Field> fields = new LinkedHashMap<>();
		if (root == null) {
			return fields;
		}
		if (!(root instanceof MappingNode mapping)) {
			throw new InvalidContent(line(root), "フロントマターは「キー: 値」の行で書いてください",
					"front matter must be 'key: value' lines");
		}
		List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
		for (NodeTuple tuple : tuples) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				throw new InvalidContent(line(tuple.getKeyNode()), "フロントマターのキーには、リストなどではなく語を 1 つ書いてください",
						"front matter keys must be plain words");
			}
			Field previous = fields.putIfAbsent(key.getValue(),
					new Field(key.getValue(), tuple.getValueNode(), line(key)));
			if (previous != null) {
				throw new InvalidContent(line(key),
						"フロントマターに「" + key.getValue() + "」が 2 回あります（1 回目は " + previous.line() + " 行目）",
						"'" + key.getValue() + "' appears twice in the front matter (first on line " + previous.line()
								+ ")");
			}
		}
		return fields;
	}

	static int line(Node node) {
		return node.getStartMark().getLine() + FIRST_YAML_LINE;
	}

}
