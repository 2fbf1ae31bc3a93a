package dev.fureai.tools;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code eval} command line: {@code DATASET_DIR [--run FILE]}.
 *
 * @param dataset the data set directory
 * @param runFile where to write the product's ranking as a TREC run, or {@code null}
 */
record EvalOptions(Path dataset, Path runFile) {

	static EvalOptions parse(List<String> args) {
		Path dataset = null;
		Path runFile = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--run") || arg.startsWith("--run=")) {
				String value = arg.equals("--run") ? ((i + 1 < args.size()) ? args.get(++i) : "") : arg.substring(6);
				if (value.isBlank()) {
					throw new UsageException("eval: --run には出力ファイルを指定してください (--run needs a FILE)");
				}
				runFile = Path.of(value);
			}
			else if (arg.startsWith("-")) {
				throw new UsageException("eval: 不明なオプションです (unknown option): " + arg);
			}
			else if (dataset != null) {
				throw new UsageException("eval: データセットは一つだけ指定してください (one DATASET_DIR only): " + arg);
			}
			else {
				dataset = Path.of(arg);
			}
		}
		if (dataset == null) {
			throw new UsageException("eval: データセットのディレクトリを指定してください (missing DATASET_DIR)\n"
					+ "使い方: fureai eval DATASET_DIR [--run FILE]");
		}
		return new EvalOptions(dataset, runFile);
	}

}
