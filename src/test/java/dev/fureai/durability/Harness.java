package dev.fureai.durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The durability harness (docs/durability.md). Three runs, each against the packaged jar
 * as a child process and driven through the real chat protocol by {@link CustomerLoad}:
 * <ul>
 * <li>{@code kill}: start the server, let the customers escalate for a random while,
 * {@code kill -9} it, check the database against every acknowledged escalation;
 * again;</li>
 * <li>{@code pg-crash}: one server on the harness's own PostgreSQL, which is
 * crash-stopped ({@code pg_ctl -m immediate}) and restarted under load;</li>
 * <li>{@code console}: an agent console disconnected and reconnected at random while
 * escalations arrive; what it shows is compared with the database.</li>
 * </ul>
 * The last line printed is the verdict, {@code durability: … result=PASS|FAIL}.
 */
public final class Harness {

	record Options(String mode, String db, int rounds, boolean writeDelay, Path jar, Path content, long seed,
			int escalators, int askers) {

		static Options parse(String... args) {
			Map<String, String> o = new HashMap<>(
					Map.of("mode", "kill", "db", "h2", "write-delay", "0", "jar", "target/fureai.jar", "content",
							"content", "seed", Long.toString(System.nanoTime()), "escalators", "4", "askers", "1"));
			for (int i = 0; i + 1 < args.length; i += 2) {
				if (!args[i].startsWith("--")) {
					throw new IllegalArgumentException("expected --name value, got " + args[i]);
				}
				o.put(args[i].substring(2), args[i + 1]);
			}
			String mode = o.get("mode");
			int defaultRounds = switch (mode) {
				case "kill", "console" -> 100;
				case "pg-crash" -> 10;
				default -> throw new IllegalArgumentException("--mode kill | pg-crash | console");
			};
			String writeDelay = o.get("write-delay");
			if (!writeDelay.equals("0") && !writeDelay.equals("default")) {
				throw new IllegalArgumentException("--write-delay 0 | default");
			}
			return new Options(mode, mode.equals("pg-crash") ? "postgres" : o.get("db"),
					Integer.parseInt(o.getOrDefault("rounds", Integer.toString(defaultRounds))),
					writeDelay.equals("default"), Path.of(o.get("jar")), Path.of(o.get("content")),
					Long.parseLong(o.get("seed")), Integer.parseInt(o.get("escalators")),
					Integer.parseInt(o.get("askers")));
		}

	}

	/** What a run found; {@link #ok()} is the verdict. */
	record Result(Options options, StoredEscalations.Check stored, Map<String, Object> figures, List<String> failures) {

		boolean ok() {
			return this.failures.isEmpty();
		}

		String line() {
			StringBuilder s = new StringBuilder("durability: mode=" + this.options.mode() + " db=" + this.options.db()
					+ (this.options.db().equals("h2") ? " write_delay=" + (this.options.writeDelay() ? "default" : "0")
							: "")
					+ " rounds=" + this.options.rounds() + " acknowledged=" + this.stored.acknowledged() + " stored="
					+ this.stored.stored() + " lost=" + this.stored.missing().size() + " duplicated="
					+ this.stored.duplicated().size());
			this.figures.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
			return s.append(" result=").append(ok() ? "PASS" : "FAIL").toString();
		}

	}

	private final Options options;

	private final Random random;

	private final Path work;

	private final Ledger ledger = new Ledger();

	private final Map<String, Object> figures = new java.util.LinkedHashMap<>();

	private final List<String> failures = new ArrayList<>();

	private int starts;

	private volatile AppServer current;

	private Harness(Options options) throws IOException {
		this.options = options;
		this.random = new Random(options.seed());
		this.work = Files.createTempDirectory("fureai-durability-");
		Files.createDirectories(this.work.resolve("logs"));
	}

	public static void main(String[] args) throws Exception {
		Result result = run(Options.parse(args));
		System.out.println(result.line());
		System.exit(result.ok() ? 0 : 1);
	}

	static Result run(Options options) throws Exception {
		if (!Files.isRegularFile(options.jar())) {
			throw new IllegalStateException(options.jar() + " is missing: ./mvnw -q package -DskipTests first");
		}
		Harness harness = new Harness(options);
		log("seed " + options.seed() + ", work directory " + harness.work);
		OwnPostgres pg = options.db().equals("postgres") ? OwnPostgres.start() : null;
		// interrupted (Ctrl-C): leave no server or PostgreSQL behind
		Thread cleanup = new Thread(() -> {
			AppServer server = harness.current;
			if (server != null && server.alive()) {
				ProcessHandle.of(server.pid()).ifPresent(ProcessHandle::destroyForcibly);
			}
			if (pg != null) {
				try {
					pg.close();
				}
				catch (Exception ex) {
					// best effort at exit
				}
			}
		});
		Runtime.getRuntime().addShutdownHook(cleanup);
		try {
			StoredEscalations.Check check = switch (options.mode()) {
				case "kill" -> harness.kills(pg);
				case "pg-crash" -> harness.crashStops(pg);
				default -> harness.consoleReconnects(pg);
			};
			if (!check.ok()) {
				harness.failures.add(check.toString());
			}
			if (check.acknowledged() == 0) {
				harness.failures.add("no escalation was acknowledged: the run proves nothing");
			}
			return new Result(options, check, harness.figures, harness.failures);
		}
		finally {
			Runtime.getRuntime().removeShutdownHook(cleanup);
			if (pg != null) {
				pg.close();
			}
		}
	}

	private StoredEscalations.Check kills(OwnPostgres pg) throws Exception {
		StoredEscalations store = store(pg);
		StoredEscalations.Check check = null;
		int recentKills = 0;
		try (CustomerLoad load = new CustomerLoad(this.ledger, this.options.escalators(), this.options.askers())) {
			for (int i = 1; i <= this.options.rounds(); i++) {
				AppServer server = start(pg);
				load.target(server.port());
				// the kill falls at a random moment of steady load: after this start's
				// first acknowledgement
				awaitAck(Instant.now());
				Thread.sleep(this.random.nextInt(3000));
				Instant killed = Instant.now();
				server.kill9();
				load.target(0);
				// an acknowledgement less than H2's 500 ms write delay before the kill is
				// what the self check can lose
				long sinceAck = this.ledger.lastAck().map((t) -> Duration.between(t, killed).toMillis()).orElse(-1L);
				recentKills += (sinceAck >= 0 && sinceAck < 500) ? 1 : 0;
				check = store.check(this.ledger.acknowledged());
				log("kill " + i + "/" + this.options.rounds() + " (" + sinceAck
						+ " ms after the last acknowledgement): " + check);
			}
		}
		this.figures.put("kills_within_500ms_of_an_ack", recentKills);
		this.figures.put("asked", this.ledger.asked.get());
		this.figures.put("not_queued_retrying", this.ledger.notQueuedRetrying.get());
		this.figures.put("no_reply", this.ledger.noReply.get());
		return check;
	}

	private StoredEscalations.Check crashStops(OwnPostgres pg) throws Exception {
		StoredEscalations store = store(pg);
		AppServer server = start(pg);
		long maxBackMillis = 0;
		long answersDown = 0;
		long failedDown = 0;
		try (CustomerLoad load = new CustomerLoad(this.ledger, this.options.escalators(),
				Math.max(1, this.options.askers()))) {
			load.target(server.port());
			awaitAck(Instant.now());
			for (int i = 1; i <= this.options.rounds(); i++) {
				Thread.sleep(1000 + this.random.nextInt(3000));
				long answers = this.ledger.botAnswers.get();
				long failed = this.ledger.botFailed.get();
				pg.crashStop();
				// long enough for turns that were waiting on the dead connections to give
				// up (3 s)
				// and for later ones to be answered from the backlog path
				Thread.sleep(5000 + this.random.nextInt(3000));
				answersDown += this.ledger.botAnswers.get() - answers;
				failedDown += this.ledger.botFailed.get() - failed;
				pg.startServer();
				Instant back = Instant.now();
				Instant deadline = back.plusSeconds(60);
				while (this.ledger.firstAckSince(back).isEmpty() && Instant.now().isBefore(deadline)) {
					Thread.sleep(50);
				}
				long millis = this.ledger.firstAckSince(back)
					.map((t) -> Duration.between(back, t).toMillis())
					.orElse(Long.MAX_VALUE);
				maxBackMillis = Math.max(maxBackMillis, millis);
				log("crash stop " + i + "/" + this.options.rounds() + ": next acknowledged escalation "
						+ ((millis == Long.MAX_VALUE) ? "none within 60 s" : millis + " ms")
						+ " after the database was back; bot answers " + (this.ledger.botAnswers.get() - answers)
						+ ", failed " + (this.ledger.botFailed.get() - failed) + " since the crash");
			}
			// escalations told "not queued yet, retrying" must land (routing retries
			// every check-interval)
			Instant deadline = Instant.now().plusSeconds(30);
			while (Instant.now().isBefore(deadline) && !unlandedRetries().isEmpty()) {
				Thread.sleep(200);
			}
		}
		finally {
			server.stop();
		}
		Set<String> unlanded = unlandedRetries();
		this.figures.put("next_escalation_after_db_back_max_ms", maxBackMillis);
		this.figures.put("bot_answers_while_db_down", answersDown);
		this.figures.put("bot_failures_while_db_down", failedDown);
		this.figures.put("bot_answers", this.ledger.botAnswers.get());
		this.figures.put("bot_failures", this.ledger.botFailed.get());
		this.figures.put("not_queued_retrying", this.ledger.notQueuedRetrying.get());
		this.figures.put("retries_not_landed", unlanded.size());
		// a customer whose request timed out drops its socket: a "queued" pushed
		// meanwhile
		// is stored (a resume shows it) but not heard here
		this.figures.put("no_reply", this.ledger.noReply.get());
		if (maxBackMillis > 10_000) {
			this.failures.add("an escalation was accepted only " + maxBackMillis + " ms after the database was back");
		}
		if (!unlanded.isEmpty()) {
			// stored, but the customer was not told (fixed once, docs/durability.md): no
			// promise was broken, so it is reported rather than failed
			log("FINDING: " + unlanded.size() + " of " + this.ledger.retryingConversations.size()
					+ " conversations told 'not_queued_retrying' never heard 'queued' (their escalations are stored): "
					+ unlanded);
		}
		if (answersDown == 0) {
			this.failures.add("no bot answer while the database was down");
		}
		return store.check(this.ledger.acknowledged());
	}

	private StoredEscalations.Check consoleReconnects(OwnPostgres pg) throws Exception {
		StoredEscalations store = store(pg);
		AppServer server = start(pg);
		Set<String> shown;
		Set<String> everShown;
		ConsoleWatch console;
		try (CustomerLoad load = new CustomerLoad(this.ledger, this.options.escalators(), this.options.askers())) {
			load.target(server.port());
			awaitAck(Instant.now());
			console = new ConsoleWatch(server.port(), "csm-tanaka", "demo-tanaka");
			console.connect();
			int abrupt = 0;
			for (int i = 1; i <= this.options.rounds(); i++) {
				Thread.sleep(100 + this.random.nextInt(900));
				boolean hard = this.random.nextBoolean();
				abrupt += hard ? 1 : 0;
				console.disconnect(hard);
				Thread.sleep(this.random.nextInt(500));
				console.connect();
				if (i % 10 == 0) {
					log("reconnect " + i + "/" + this.options.rounds() + ": acknowledged "
							+ this.ledger.acknowledgedCount() + ", reads " + console.reads.get() + ", duplicates shown "
							+ console.duplicatesShown.get());
				}
			}
			this.figures.put("abrupt_disconnects", abrupt);
		}
		try {
			shown = console.settle();
			everShown = console.everShown();
			console.close();
		}
		finally {
			server.stop();
		}
		Set<String> waiting = store.waiting();
		Set<String> missing = new HashSet<>(waiting);
		missing.removeAll(shown);
		Set<String> neverShown = new HashSet<>(this.ledger.acknowledged().keySet());
		neverShown.removeAll(everShown);
		this.figures.put("reads", console.reads.get());
		this.figures.put("pushes", console.pushes.get());
		this.figures.put("read_failures", console.readFailures.get());
		this.figures.put("waiting_in_db", waiting.size());
		this.figures.put("not_shown", missing.size());
		this.figures.put("acknowledged_never_shown", neverShown.size());
		this.figures.put("duplicates_shown", console.duplicatesShown.get());
		if (!missing.isEmpty()) {
			this.failures
				.add(missing.size() + " waiting escalations not in the console, e.g. " + missing.iterator().next());
		}
		if (!neverShown.isEmpty()) {
			this.failures.add(neverShown.size() + " acknowledged escalations never shown");
		}
		if (console.duplicatesShown.get() > 0) {
			this.failures.add(console.duplicatesShown.get() + " duplicates shown");
		}
		return store.check(this.ledger.acknowledged());
	}

	/**
	 * Waits (at most a minute) for an escalation acknowledged at or after {@code since}.
	 */
	private void awaitAck(Instant since) throws InterruptedException {
		Instant deadline = since.plusSeconds(60);
		while (this.ledger.firstAckSince(since).isEmpty() && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		if (this.ledger.firstAckSince(since).isEmpty()) {
			log("no escalation acknowledged within 60 s of the start");
		}
	}

	/**
	 * Escalations customers were told were being retried that have no acknowledgement
	 * yet.
	 */
	private Set<String> unlandedRetries() {
		Set<String> landed = new HashSet<>(this.ledger.acknowledged().values());
		Set<String> open = new HashSet<>(this.ledger.retryingConversations);
		open.removeAll(landed);
		return open;
	}

	private AppServer start(OwnPostgres pg) throws Exception {
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo", "--server.port=0",
				"--spring.main.banner-mode=off", "--fureai.content.dir=" + this.options.content().toAbsolutePath(),
				"--fureai.content.watch=false",
				// the load is a few customers sending as fast as they are answered
				"--fureai.chat.messages-per-minute=1000000",
				// retry refused escalations soon, so a run sees them land
				"--fureai.routing.sla.check-interval=2s"));
		args.add("--spring.datasource.url=" + url(pg));
		args.add("--spring.datasource.username=" + ((pg != null) ? "postgres" : "sa"));
		this.starts++;
		return this.current = AppServer.start(this.options.jar(), this.work,
				this.work.resolve("logs/server-" + this.starts + ".log"), args);
	}

	private String url(OwnPostgres pg) {
		if (pg != null) {
			return pg.url();
		}
		return "jdbc:h2:file:" + this.work.resolve("db/fureai") + (this.options.writeDelay() ? "" : ";WRITE_DELAY=0")
				+ ";AUTO_SERVER=FALSE";
	}

	private StoredEscalations store(OwnPostgres pg) {
		return new StoredEscalations(url(pg), (pg != null) ? "postgres" : "sa");
	}

	static void log(String line) {
		System.out.println(Instant.now() + " " + line);
	}

}
