package dev.fureai.durability;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;

/**
 * Customers driving the server without pause: escalators press 担当者と話す in a new
 * conversation each time (signed in as demo customers whose tier queues them), askers ask
 * the bot ordinary questions, alternately in a new conversation and in the one they
 * already have. Every connection that breaks (the server was killed) is reopened against
 * whatever port the server now has; a request that gets no reply is counted, never
 * retried under another id.
 */
final class CustomerLoad implements AutoCloseable {

	/** The demo profile's host-application secret (public, demo only). */
	static final String DEMO_JWT_SECRET = "demo-only-secret-do-not-use-in-production-0123456789";

	/**
	 * Demo customers queued by their tier: high touch (pool while their CSM is offline)
	 * and low touch.
	 */
	private static final List<String> QUEUED_CUSTOMERS = List.of("demo-high", "demo-low", "demo-margin",
			"demo-onboarding");

	private static final List<String> QUESTIONS = List.of("請求書をダウンロードしたい", "パスワードを忘れました", "領収書の宛名を変えたい", "プランを変更するには");

	private final Ledger ledger;

	private final List<Thread> threads = new ArrayList<>();

	private final java.util.concurrent.atomic.AtomicInteger connectFailuresLogged = new java.util.concurrent.atomic.AtomicInteger();

	private volatile int port;

	private volatile boolean running = true;

	CustomerLoad(Ledger ledger, int escalators, int askers) {
		this.ledger = ledger;
		for (int i = 0; i < escalators; i++) {
			String customer = QUEUED_CUSTOMERS.get(i % QUEUED_CUSTOMERS.size());
			this.threads.add(Thread.ofPlatform().daemon().name("escalator-" + i).start(() -> escalate(customer)));
		}
		for (int i = 0; i < askers; i++) {
			this.threads.add(Thread.ofPlatform().daemon().name("asker-" + i).start(this::ask));
		}
	}

	/** Where the server now listens; 0 while it is down. */
	void target(int port) {
		this.port = port;
	}

	private void escalate(String customer) {
		ChatSocket socket = null;
		while (this.running) {
			try {
				socket = usable(socket, customer);
				if (socket == null) {
					continue;
				}
				Map<String, Object> ask = new LinkedHashMap<>();
				ask.put("type", "ask_for_person");
				ask.put("id", "p-" + UUID.randomUUID());
				this.ledger.asked.incrementAndGet();
				JsonNode reply = socket.request("ask_for_person", ask, 20_000);
				String outcome = reply.path("outcome").asString("");
				if ("not_queued_retrying".equals(outcome)) {
					this.ledger.notQueuedRetrying.incrementAndGet();
					this.ledger.retryingConversations.add(reply.path("conversationId").asString(""));
				}
				else if (!"queued".equals(outcome) && !"already_queued".equals(outcome)) {
					this.ledger.errors.incrementAndGet();
				}
			}
			catch (Exception ex) {
				this.ledger.noReply.incrementAndGet();
				socket = drop(socket);
			}
		}
		drop(socket);
	}

	private void ask() {
		ChatSocket socket = null;
		String conversation = null;
		int n = 0;
		while (this.running) {
			try {
				socket = usable(socket, "demo-tech");
				if (socket == null) {
					continue;
				}
				Map<String, Object> ask = new LinkedHashMap<>();
				ask.put("type", "ask");
				ask.put("id", "q-" + UUID.randomUUID());
				boolean fresh = conversation == null || n++ % 2 == 0;
				if (!fresh) {
					ask.put("conversationId", conversation);
				}
				ask.put("text", QUESTIONS.get(n % QUESTIONS.size()));
				this.ledger.botAsked.incrementAndGet();
				JsonNode reply = socket.request("ask", ask, 20_000);
				String type = reply.path("type").asString("");
				if (type.equals("answer") || type.equals("clarify") || type.equals("no_answer")) {
					this.ledger.botAnswers.incrementAndGet();
					if (fresh) {
						conversation = reply.path("conversationId").asString(null);
					}
				}
				else {
					this.ledger.botFailed.incrementAndGet();
				}
				Thread.sleep(50);
			}
			catch (Exception ex) {
				this.ledger.botFailed.incrementAndGet();
				socket = drop(socket);
			}
		}
		drop(socket);
	}

	/**
	 * The socket if still connected, else a new one (or {@code null} after a short
	 * pause).
	 */
	private ChatSocket usable(ChatSocket socket, String customer) throws InterruptedException {
		if (socket != null && socket.usable()) {
			return socket;
		}
		drop(socket);
		int target = this.port;
		if (target != 0) {
			try {
				return ChatSocket.connect(target, token(customer), this::heard);
			}
			catch (Exception ex) {
				// down or starting: try again shortly
				if (this.connectFailuresLogged.getAndIncrement() < 3) {
					Harness.log("connect failed (will retry): " + ex);
				}
			}
		}
		TimeUnit.MILLISECONDS.sleep(100);
		return null;
	}

	/**
	 * Every message a customer hears: a queued escalation is a promise, wherever it comes
	 * from.
	 */
	private void heard(JsonNode message) {
		if (message.path("type").asString("").equals("escalated")) {
			String outcome = message.path("outcome").asString("");
			String escalation = message.path("queue").path("escalationId").asString("");
			if ((outcome.equals("queued") || outcome.equals("already_queued")) && !escalation.isEmpty()) {
				this.ledger.acknowledged(escalation, message.path("conversationId").asString(""));
			}
		}
	}

	private static ChatSocket drop(ChatSocket socket) {
		if (socket != null) {
			socket.close();
		}
		return null;
	}

	static String token(String customer) {
		try {
			Instant now = Instant.now();
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
					new JWTClaimsSet.Builder().subject(customer)
						.issueTime(Date.from(now))
						.expirationTime(Date.from(now.plusSeconds(6 * 3600)))
						.build());
			jwt.sign(new MACSigner(DEMO_JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		for (Thread t : this.threads) {
			t.join(30_000);
		}
	}

}
