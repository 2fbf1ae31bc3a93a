package dev.fureai.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenarios 1–3: customers on real connections, each on its own virtual thread, against a
 * running server. Answers and echoes are measured in the same run, on the same
 * connections.
 */
final class LoadScenarios implements AutoCloseable {

	/** Generous: on two shared cores a reply can wait for the CPU a long time. */
	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** The widget starts a new conversation now and then; a person asks a few things. */
	private static final int QUESTIONS_PER_CONVERSATION = 10;

	/** Connections being opened at once in the sessions scenario. */
	private static final int OPENING = 256;

	record Sequential(Latencies answer, Latencies echo, long errors, String firstError) {

		double p50Ratio() {
			return this.answer.micros(0.5) / this.echo.micros(0.5);
		}

		double p90Ratio() {
			return this.answer.micros(0.9) / this.echo.micros(0.9);
		}

		double p99Ratio() {
			return this.answer.micros(0.99) / this.echo.micros(0.99);
		}

	}

	record ClosedLoop(double answerPerSecond, double echoPerSecond, Latencies answer, Latencies echo, long errors,
			String firstError) {

		double throughputRatio() {
			return this.answerPerSecond / this.echoPerSecond;
		}

	}

	record Sessions(int requested, int held, int failedHandshakes, int lostReplies, int errorReplies, int dropped,
			ServerStatus atTenth, ServerStatus atAll, String firstError) {

		int errors() {
			return this.failedHandshakes + this.lostReplies + this.errorReplies + this.dropped;
		}

	}

	private final URI ws;

	private final List<String> questions;

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	private final HttpClient[] clients = new HttpClient[8];

	private final AtomicInteger nextClient = new AtomicInteger();

	LoadScenarios(URI ws, List<String> questions) {
		this.ws = ws;
		this.questions = List.copyOf(questions);
		for (int i = 0; i < this.clients.length; i++) {
			this.clients[i] = HttpClient.newBuilder().executor(this.threads).connectTimeout(TIMEOUT).build();
		}
	}

	private String question(long i) {
		return this.questions.get((int) (i % this.questions.size()));
	}

	private Customer customer() throws Exception {
		HttpClient http = this.clients[Math.floorMod(this.nextClient.getAndIncrement(), this.clients.length)];
		return Customer.open(http, this.ws, TIMEOUT);
	}

	/**
	 * Scenario 1: one connection, questions and echoes alternating (so both see the same
	 * machine), after a warm-up of both.
	 */
	Sequential sequential(int count, int warmup) throws Exception {
		Customer customer = customer();
		try {
			long errors = 0;
			String firstError = null;
			for (int i = 0; i < warmup; i++) {
				customer.ask(question(i), i % QUESTIONS_PER_CONVERSATION == 0, TIMEOUT);
				customer.echo(question(i), TIMEOUT);
			}
			long[] answer = new long[count];
			long[] echo = new long[count];
			int answered = 0;
			int echoed = 0;
			for (int i = 0; i < count; i++) {
				Customer.Outcome asked = customer.ask(question(warmup + i), i % QUESTIONS_PER_CONVERSATION == 0,
						TIMEOUT);
				Customer.Outcome echoedOutcome = customer.echo(question(warmup + i), TIMEOUT);
				for (Customer.Outcome outcome : List.of(asked, echoedOutcome)) {
					if (!outcome.ok()) {
						errors++;
						firstError = (firstError != null) ? firstError : outcome.failure();
					}
				}
				if (asked.ok()) {
					answer[answered++] = asked.nanos();
				}
				if (echoedOutcome.ok()) {
					echo[echoed++] = echoedOutcome.nanos();
				}
			}
			errors += customer.unmatchedErrors();
			return new Sequential(Latencies.of(java.util.Arrays.copyOf(answer, answered)),
					Latencies.of(java.util.Arrays.copyOf(echo, echoed)), errors, firstError);
		}
		finally {
			customer.close();
		}
	}

	/**
	 * Scenario 2: every connection sends its next message as soon as the last one is
	 * answered, for the given time: questions first, then echoes, on the same
	 * connections.
	 */
	ClosedLoop closedLoop(int connections, Duration duration, boolean warmUp) throws Exception {
		List<Customer> customers = new ArrayList<>();
		try {
			for (int i = 0; i < connections; i++) {
				customers.add(customer());
			}
			if (warmUp) {
				phase(customers, true, duration.dividedBy(2));
				phase(customers, false, duration.dividedBy(2));
			}
			Phase answers = phase(customers, true, duration);
			Phase echoes = phase(customers, false, duration);
			long unmatched = customers.stream().mapToLong(Customer::unmatchedErrors).sum();
			return new ClosedLoop(answers.perSecond(), echoes.perSecond(), answers.latencies(), echoes.latencies(),
					answers.errors() + echoes.errors() + unmatched,
					(answers.firstError() != null) ? answers.firstError() : echoes.firstError());
		}
		finally {
			customers.forEach(Customer::close);
		}
	}

	private record Phase(double perSecond, Latencies latencies, long errors, String firstError) {
	}

	private Phase phase(List<Customer> customers, boolean ask, Duration duration) throws Exception {
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		Queue<long[]> measured = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong();
		Queue<String> failures = new ConcurrentLinkedQueue<>();
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < customers.size(); c++) {
			Customer customer = customers.get(c);
			long offset = c * 7919L;
			running.add(this.threads.submit(() -> {
				long[] nanos = new long[1024];
				int n = 0;
				for (long i = 0; System.nanoTime() < deadline; i++) {
					Customer.Outcome outcome = ask
							? customer.ask(question(offset + i), i % QUESTIONS_PER_CONVERSATION == 0, TIMEOUT)
							: customer.echo(question(offset + i), TIMEOUT);
					if (!outcome.ok()) {
						errors.incrementAndGet();
						failures.add(outcome.failure());
						continue;
					}
					if (n == nanos.length) {
						nanos = java.util.Arrays.copyOf(nanos, n * 2);
					}
					nanos[n++] = outcome.nanos();
				}
				measured.add(java.util.Arrays.copyOf(nanos, n));
			}));
		}
		for (Future<?> each : running) {
			each.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] all = measured.stream().flatMapToLong(java.util.Arrays::stream).toArray();
		return new Phase(all.length / seconds, Latencies.of(all), errors.get(), failures.peek());
	}

	/**
	 * Scenario 3: {@code count} customers connect, subscribe and ask two questions each,
	 * and stay connected (heart-beating) until all have; the server's threads and memory
	 * are read with a tenth of them connected and with all of them.
	 */
	Sessions sessions(int count, long serverPid) throws Exception {
		Queue<Customer> held = new ConcurrentLinkedQueue<>();
		AtomicInteger failedHandshakes = new AtomicInteger();
		AtomicInteger lostReplies = new AtomicInteger();
		AtomicInteger errorReplies = new AtomicInteger();
		Queue<String> failures = new ConcurrentLinkedQueue<>();
		Semaphore opening = new Semaphore(OPENING);
		Thread heartbeats = Thread.ofVirtual().start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				try {
					Thread.sleep(5_000);
				}
				catch (InterruptedException ex) {
					return;
				}
				for (Customer customer : held) {
					try {
						customer.heartbeat();
					}
					catch (RuntimeException ex) {
						// counted below as a dropped session
					}
				}
			}
		});
		try {
			int tenth = Math.max(1, count / 10);
			open(0, tenth, held, opening, failedHandshakes, lostReplies, errorReplies, failures);
			Thread.sleep(1_000);
			ServerStatus atTenth = ServerStatus.of(serverPid);
			open(tenth, count, held, opening, failedHandshakes, lostReplies, errorReplies, failures);
			Thread.sleep(1_000);
			ServerStatus atAll = ServerStatus.of(serverPid);
			int dropped = (int) held.stream().filter((customer) -> !customer.open()).count();
			int unmatched = (int) held.stream().mapToLong(Customer::unmatchedErrors).sum();
			return new Sessions(count, held.size() - dropped, failedHandshakes.get(), lostReplies.get(),
					errorReplies.get() + unmatched, dropped, atTenth, atAll, failures.peek());
		}
		finally {
			heartbeats.interrupt();
			List<Future<?>> closing = new ArrayList<>();
			for (Customer customer : held) {
				closing.add(this.threads.submit(customer::close));
			}
			for (Future<?> each : closing) {
				each.get();
			}
		}
	}

	private void open(int from, int to, Queue<Customer> held, Semaphore opening, AtomicInteger failedHandshakes,
			AtomicInteger lostReplies, AtomicInteger errorReplies, Queue<String> failures) throws Exception {
		List<Future<?>> tasks = new ArrayList<>();
		for (int i = from; i < to; i++) {
			int index = i;
			tasks.add(this.threads.submit(() -> {
				opening.acquireUninterruptibly();
				try {
					Customer customer;
					try {
						customer = customer();
					}
					catch (Exception ex) {
						failedHandshakes.incrementAndGet();
						failures.add("handshake: " + ex);
						return;
					}
					held.add(customer);
					for (int q = 0; q < 2; q++) {
						Customer.Outcome outcome = customer.ask(question(index * 2L + q), q == 0, TIMEOUT);
						if (!outcome.ok()) {
							("error".equals(outcome.type()) ? errorReplies : lostReplies).incrementAndGet();
							failures.add(outcome.failure());
						}
					}
				}
				finally {
					opening.release();
				}
			}));
		}
		for (Future<?> task : tasks) {
			task.get();
		}
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
	}

	static void print(PrintStream out, String line) {
		out.println(line);
		out.flush();
	}

}
