package dev.fureai.tools;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.fureai.content.ContentProblem;
import dev.fureai.content.ContentScanner;
import dev.fureai.content.ContentSnapshot;
import dev.fureai.search.SearchDictionaries;

/**
 * {@code check [DIR]}: everything the service would complain about in a content
 * directory, one {@code path:line: 日本語 (English)} per problem so that editors can jump to
 * it.
 */
final class CheckCommand {

	static final String DEFAULT_DIRECTORY = "content";

	private static final String DIRECTORY_OPTION = "--fureai.content.dir=";

	private final PrintStream out;

	CheckCommand(PrintStream out) {
		this.out = out;
	}

	int run(List<String> args, Map<String, String> env) {
		String given = directory(args, env);
		Path directory = Path.of(given);
		if (Files.isRegularFile(directory)) {
			throw new UsageException("check: ファイルではなく、コンテンツのディレクトリを指定してください（中のすべての記事と辞書を調べます）"
					+ " (give the content directory, not a file: check validates every article and dictionary in it): "
					+ given);
		}
		if (!Files.isDirectory(directory)) {
			throw new UsageException("check: コンテンツのディレクトリがありません (no such directory): " + given);
		}
		ContentSnapshot snapshot = ContentScanner.scan(directory);
		List<ContentProblem> problems = new ArrayList<>(snapshot.problems());
		problems.addAll(SearchDictionaries.check(snapshot));
		problems.forEach((problem) -> this.out.println(line(directory, problem)));
		this.out.printf("check: articles=%d problems=%d%n", snapshot.articles().size(), problems.size());
		return problems.isEmpty() ? 0 : 1;
	}

	/**
	 * One problem as one {@code path:line: 日本語 (English)} line. The scanner's paths are
	 * relative to the directory; prefixing what the writer typed makes the line clickable
	 * from where the command ran. A parser's message spanning several lines is joined.
	 */
	static String line(Path directory, ContentProblem problem) {
		return new ContentProblem(directory.resolve(problem.file()), problem.line(), oneLine(problem.messageJa()),
				oneLine(problem.message()))
			.format();
	}

	private static String oneLine(String text) {
		return text.strip().replaceAll("\\s*\\R\\s*", " ");
	}

	/**
	 * The directory to check: the argument, else {@code --fureai.content.dir=…}, else the
	 * {@code FUREAI_CONTENT_DIR} environment variable, else the service's default.
	 */
	static String directory(List<String> args, Map<String, String> env) {
		String positional = null;
		String option = null;
		for (String arg : args) {
			if (arg.startsWith(DIRECTORY_OPTION)) {
				option = arg.substring(DIRECTORY_OPTION.length());
			}
			else if (arg.startsWith("-")) {
				throw new UsageException("check: 不明なオプションです (unknown option): " + arg);
			}
			else if (positional != null) {
				throw new UsageException("check: ディレクトリは一つだけ指定してください (one directory only): " + arg);
			}
			else {
				positional = arg;
			}
		}
		if (positional != null) {
			return positional;
		}
		if (option != null && !option.isBlank()) {
			return option;
		}
		String fromEnv = env.get("FUREAI_CONTENT_DIR");
		return (fromEnv != null && !fromEnv.isBlank()) ? fromEnv : DEFAULT_DIRECTORY;
	}

}
