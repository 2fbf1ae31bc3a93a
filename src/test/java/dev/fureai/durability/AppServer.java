package dev.fureai.durability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code java -jar target/fureai.jar}) as a child process, the
 * way it runs in production, so that {@code kill -9} hits a real JVM with real files and
 * sockets. Its output is appended to one log file; the port is read from Tomcat's start
 * line (the server picks a free one).
 */
final class AppServer {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private final Process process;

	private final int port;

	private AppServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts the jar in {@code workDir} with the given application arguments and waits
	 * until it has started (or fails with the log's tail).
	 */
	static AppServer start(Path jar, Path workDir, Path log, List<String> args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		// starts are most of a kill cycle: C1 only starts faster on 2 shared cores
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-Xmx512m");
		command.add("-jar");
		command.add(jar.toAbsolutePath().toString());
		command.addAll(args);
		long offset = Files.exists(log) ? Files.size(log) : 0;
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		Integer port = null;
		while (Instant.now().isBefore(deadline)) {
			String out = tail(log, offset);
			Matcher m = PORT.matcher(out);
			if (port == null && m.find()) {
				port = Integer.parseInt(m.group(1));
			}
			if (port != null && out.contains("Started FureaiApplication")) {
				return new AppServer(process, port);
			}
			if (!process.isAlive()) {
				throw new IllegalStateException(
						"the server exited with " + process.exitValue() + " while starting:\n" + lastLines(out, 40));
			}
			Thread.sleep(100);
		}
		process.destroyForcibly();
		throw new IllegalStateException(
				"the server did not start within " + START_TIMEOUT + ":\n" + lastLines(tail(log, offset), 40));
	}

	int port() {
		return this.port;
	}

	long pid() {
		return this.process.pid();
	}

	/** SIGKILL, as {@code kill -9 <pid>}: no shutdown hook, no flush, nothing. */
	void kill9() throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid())).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new IllegalStateException("kill -9 " + pid() + " failed");
		}
		this.process.waitFor();
	}

	/** An orderly stop (SIGTERM), for the end of a run. */
	void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	boolean alive() {
		return this.process.isAlive();
	}

	private static String tail(Path log, long offset) throws IOException {
		if (!Files.exists(log)) {
			return "";
		}
		byte[] all = Files.readAllBytes(log);
		return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
				StandardCharsets.UTF_8);
	}

	private static String lastLines(String text, int n) {
		String[] lines = text.split("\n");
		return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - n), lines.length));
	}

}
