package dev.fureai.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product jar in its own JVM, with the benchmark settings: on a free port, the echo
 * destination on, a per-connection rate limit too high to reach (one connection sends
 * 40,000 messages in scenario 1: a real customer cannot), its own content directory and
 * H2 database in the work directory. Its log goes to {@code server.log} there.
 */
final class ServerProcess implements AutoCloseable {

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private final Process process;

	private final int port;

	private ServerProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static ServerProcess start(Path jar, Path work, Path content, String heap, PrintStream out) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
		// e.g. -XX:StartFlightRecording=filename=server.jfr to profile the server
		String extra = System.getenv("BENCH_SERVER_JAVA_OPTS");
		if (extra != null && !extra.isBlank()) {
			command.addAll(List.of(extra.trim().split("\\s+")));
		}
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=0", "--fureai.bench.echo=true",
				"--fureai.chat.messages-per-minute=1000000000", "--fureai.content.dir=" + content.toAbsolutePath(),
				"--fureai.content.watch=true",
				"--spring.datasource.url=jdbc:h2:file:" + work.toAbsolutePath().resolve("db/fureai")
						+ ";WRITE_DELAY=0;AUTO_SERVER=FALSE",
				"--logging.level.root=WARN", "--logging.level.org.springframework.boot.tomcat=INFO",
				"--logging.level.org.springframework.boot.web.embedded.tomcat=INFO"));
		out.println("bench: starting the server: " + String.join(" ", command));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		// a benchmark stopped with Ctrl-C (or kill) must not leave its server running
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
		Path log = work.resolve("server.log");
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread.ofPlatform().daemon().start(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
					var writer = Files.newBufferedWriter(log)) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					writer.write(line);
					writer.newLine();
					writer.flush();
					Matcher started = STARTED.matcher(line);
					if (started.find()) {
						port.complete(Integer.parseInt(started.group(1)));
					}
				}
			}
			catch (IOException ex) {
				port.completeExceptionally(ex);
			}
			port.completeExceptionally(new IllegalStateException("the server stopped; see " + log));
		});
		try {
			return new ServerProcess(process, port.get(600, TimeUnit.SECONDS));
		}
		catch (Exception ex) {
			process.destroyForcibly();
			throw new IllegalStateException("the server did not start; see " + log, ex);
		}
	}

	int port() {
		return this.port;
	}

	long pid() {
		return this.process.pid();
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
