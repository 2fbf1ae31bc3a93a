package dev.fureai.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the harness's own, under a temporary directory on a free port,
 * so that it can be crash-stopped ({@code pg_ctl -m immediate}) without touching anyone
 * else's database. Started with the {@code initdb} / {@code pg_ctl} of the newest
 * {@code /usr/lib/postgresql/<version>/bin}; as the {@code postgres} user when the
 * harness runs as root (PostgreSQL refuses root). {@link #unavailable()} says why it
 * cannot run.
 */
final class OwnPostgres implements AutoCloseable {

	private final Path bin;

	private final Path dir;

	private final List<String> as;

	private final int port;

	private OwnPostgres(Path bin, Path dir, List<String> as, int port) {
		this.bin = bin;
		this.dir = dir;
		this.as = as;
		this.port = port;
	}

	/** Why no own PostgreSQL can be started here, or empty when it can. */
	static Optional<String> unavailable() {
		if (binDir().isEmpty()) {
			return Optional.of("no initdb under /usr/lib/postgresql/*/bin");
		}
		if (isRoot() && !userExists("postgres")) {
			return Optional.of("running as root and there is no 'postgres' user to run PostgreSQL as");
		}
		return Optional.empty();
	}

	static OwnPostgres start() throws IOException, InterruptedException {
		unavailable().ifPresent((why) -> {
			throw new IllegalStateException("cannot start an own PostgreSQL: " + why);
		});
		Path bin = binDir().orElseThrow();
		Path dir = Files.createTempDirectory("fureai-pg-");
		List<String> as = isRoot() ? List.of("runuser", "-u", "postgres", "--") : List.of();
		if (isRoot()) {
			UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
			Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
		}
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		OwnPostgres pg = new OwnPostgres(bin, dir, as, port);
		pg.run("initdb", "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
				"--locale=C", "--no-instructions");
		pg.startServer();
		try (Connection c = DriverManager.getConnection(pg.url("postgres"), "postgres", "")) {
			c.createStatement().execute("create database fureai");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return pg;
	}

	String url() {
		return url("fureai");
	}

	int port() {
		return this.port;
	}

	Path directory() {
		return this.dir;
	}

	/** {@code pg_ctl start -w}: returns once the server accepts connections. */
	void startServer() throws IOException, InterruptedException {
		run("pg_ctl", "-D", this.dir.resolve("data").toString(), "-l", this.dir.resolve("postgres.log").toString(),
				"-o", "-p " + this.port + " -k " + this.dir + " -c listen_addresses=127.0.0.1", "-w", "start");
	}

	/**
	 * A crash stop: every backend killed, no checkpoint; recovery replays the WAL at next
	 * start.
	 */
	void crashStop() throws IOException, InterruptedException {
		run("pg_ctl", "-D", this.dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			run("pg_ctl", "-D", this.dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
		}
		catch (IllegalStateException ex) {
			// already stopped
		}
		try (Stream<Path> files = Files.walk(this.dir)) {
			files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
	}

	private String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	private void run(String tool, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(this.as);
		command.add(this.bin.resolve(tool).toString());
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (p.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
		}
	}

	private static Optional<Path> binDir() {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.map((v) -> v.resolve("bin"))
				.filter((b) -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
				.max(Comparator.comparing(OwnPostgres::version));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static int version(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D.*", ""));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static boolean userExists(String name) {
		try {
			return new ProcessBuilder("id", "-u", name).start().waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
