package dev.fureai.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Runs a command as {@code main} would, capturing what it prints.
 */
record CommandOutput(int status, String out, String err) {

	static CommandOutput run(Map<String, String> env, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = Commands.run(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CommandOutput(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static CommandOutput run(String... args) {
		return run(Map.of(), args);
	}

	List<String> outLines() {
		return this.out.lines().toList();
	}

}
