package dev.fureai.tools;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command-line tools, run from {@code main} without starting Spring:
 * {@code check [DIR]}, {@code eval DATASET_DIR [--run FILE]} and {@code help}.
 */
public final class Commands {

	static final String USAGE = """
			使い方: fureai <コマンド> [引数]
			  check [DIR]                    記事と検索辞書を検査し、問題を「パス:行: 内容」で表示します (DIR の既定値: content)
			  eval DATASET_DIR [--run FILE]  評価データセットで検索の品質を測り、BM25 のベースラインと比べます
			  help                           この説明を表示します
			Usage: fureai check [DIR] | fureai eval DATASET_DIR [--run FILE] | fureai help
			  exit status: 0 ok, 1 problems found (check), 2 usage or input error, 3 internal error
			""";

	private static final Set<String> COMMANDS = Set.of("check", "eval", "help");

	private Commands() {
	}

	/**
	 * Whether the arguments start with a command, so the service must not be started.
	 */
	public static boolean isCommand(String... args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/**
	 * Runs the command named by the first argument.
	 * @return the process exit status: 0 ok, 1 problems found, 2 usage or input error, 3
	 * internal error
	 */
	public static int run(String... args) {
		// UTF-8 whatever the platform default: writers read Japanese messages in
		// terminals,
		// CI logs and redirected files alike.
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		try {
			return run(List.of(args), System.getenv(), out, err);
		}
		finally {
			out.flush();
			err.flush();
		}
	}

	static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			err.print(USAGE);
			return 2;
		}
		List<String> rest = args.subList(1, args.size());
		try {
			return switch (args.getFirst()) {
				case "check" -> new CheckCommand(out).run(rest, env);
				case "eval" -> new EvalCommand(out, err).run(EvalOptions.parse(rest));
				case "help" -> help(rest, out, err);
				default -> throw new UsageException("不明なコマンドです (unknown command): " + args.getFirst());
			};
		}
		catch (UsageException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		catch (UncheckedIOException ex) {
			err.println("入出力に失敗しました (I/O failed): " + ex.getCause().getMessage());
			return 2;
		}
		catch (RuntimeException ex) {
			// A bug, not bad input: keep the trace, and an exit status no check result
			// uses.
			err.println("内部エラーです (internal error):");
			ex.printStackTrace(err);
			return 3;
		}
	}

	private static int help(List<String> rest, PrintStream out, PrintStream err) {
		if (!rest.isEmpty()) {
			err.print(USAGE);
			return 2;
		}
		out.print(USAGE);
		return 0;
	}

}
