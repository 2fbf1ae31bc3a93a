package dev.fureai.durability;

import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.WebSocketClient;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.JsonNode;

/**
 * An agent's console as console.js runs it: signed in through the login form, a STOMP
 * connection to {@code /ws/agent} subscribed to the agent's topics, and a full re-read of
 * {@code GET /api/agent/queues} after every (re)connect and on every push. What it would
 * show is the last read; every read is checked for an escalation listed twice.
 */
final class ConsoleWatch implements AutoCloseable {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final HttpClient http;

	private final ExecutorService reader = Executors.newSingleThreadExecutor();

	private final AtomicBoolean readQueued = new AtomicBoolean();

	private final Set<String> everShown = ConcurrentHashMap.newKeySet();

	private volatile Set<String> shown = Set.of();

	final AtomicLong reads = new AtomicLong();

	final AtomicLong pushes = new AtomicLong();

	final AtomicLong duplicatesShown = new AtomicLong();

	final AtomicLong readFailures = new AtomicLong();

	private List<String> topics = List.of();

	private WebSocketStompClient stomp;

	private StompSession session;

	private volatile WebSocketSession socket;

	ConsoleWatch(int port, String agent, String password) throws Exception {
		this.port = port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = get("/login");
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + enc(agent) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
		HttpResponse<String> login = this.http
			.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (!login.headers().firstValue("Location").orElse("").endsWith("/console")) {
			throw new IllegalStateException("sign-in as " + agent + " failed: " + login.headers().map());
		}
		JsonNode me = ChatSocket.JSON.readTree(get("/api/agent/me"));
		List<String> topics = new ArrayList<>();
		for (JsonNode key : me.path("queues")) {
			topics.add(key.asString().equals("own") ? "/topic/console.agent." + me.path("id").asString()
					: "/topic/console.pool." + key.asString());
		}
		this.topics = topics;
	}

	/**
	 * Opens the live connection, subscribes, and re-reads the queues (console.js does the
	 * same).
	 */
	void connect() throws Exception {
		this.stomp = new WebSocketStompClient(new Capturing(new StandardWebSocketClient()));
		WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
		headers.add("Cookie", cookie());
		this.session = this.stomp.connectAsync("ws://127.0.0.1:" + this.port + "/ws/agent", headers, new StompHeaders(),
				new StompSessionHandlerAdapter() {
				})
			.get(10, TimeUnit.SECONDS);
		for (String topic : this.topics) {
			this.session.subscribe(topic, new StompSessionHandlerAdapter() {

				@Override
				public Type getPayloadType(StompHeaders h) {
					return byte[].class;
				}

				@Override
				public void handleFrame(StompHeaders h, Object payload) {
					ConsoleWatch.this.pushes.incrementAndGet();
					scheduleRead();
				}

			});
		}
		scheduleRead();
	}

	/**
	 * Drops the connection: politely (STOMP DISCONNECT) or abruptly (the socket just
	 * closes).
	 */
	void disconnect(boolean abrupt) throws Exception {
		if (abrupt && this.socket != null) {
			this.socket.close(CloseStatus.GOING_AWAY);
		}
		else if (this.session != null && this.session.isConnected()) {
			this.session.disconnect();
		}
		this.stomp.stop();
	}

	/** Waits for queued reads, then reads once more: what the console shows now. */
	Set<String> settle() throws Exception {
		this.reader.submit(() -> {
		}).get(30, TimeUnit.SECONDS);
		read();
		return this.shown;
	}

	Set<String> everShown() {
		return Set.copyOf(this.everShown);
	}

	private void scheduleRead() {
		if (this.readQueued.compareAndSet(false, true)) {
			this.reader.execute(() -> {
				this.readQueued.set(false);
				read();
			});
		}
	}

	private void read() {
		try {
			JsonNode queues = ChatSocket.JSON.readTree(get("/api/agent/queues"));
			List<String> ids = new ArrayList<>();
			for (JsonNode queue : queues.path("queues")) {
				for (JsonNode entry : queue.path("entries")) {
					ids.add(entry.path("id").asString());
				}
			}
			Set<String> unique = new HashSet<>(ids);
			this.duplicatesShown.addAndGet(ids.size() - unique.size());
			this.shown = unique;
			this.everShown.addAll(unique);
			this.reads.incrementAndGet();
		}
		catch (Exception ex) {
			this.readFailures.incrementAndGet();
		}
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = this.http.send(request(path).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " → " + response.statusCode());
		}
		return response.body();
	}

	private String cookie() {
		return ((CookieManager) this.http.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("JSESSIONID"))
			.map((c) -> "JSESSIONID=" + c.getValue())
			.findFirst()
			.orElseThrow();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		try {
			disconnect(false);
		}
		catch (Exception ex) {
			// closing anyway
		}
		this.reader.shutdownNow();
	}

	/** Keeps the WebSocket session, so that a disconnect can skip the STOMP goodbye. */
	private final class Capturing implements WebSocketClient {

		private final WebSocketClient delegate;

		Capturing(WebSocketClient delegate) {
			this.delegate = delegate;
		}

		@Override
		public CompletableFuture<WebSocketSession> execute(WebSocketHandler handler, String uriTemplate,
				Object... uriVariables) {
			return this.delegate.execute(capture(handler), uriTemplate, uriVariables);
		}

		@Override
		public CompletableFuture<WebSocketSession> execute(WebSocketHandler handler, WebSocketHttpHeaders headers,
				URI uri) {
			return this.delegate.execute(capture(handler), headers, uri);
		}

		private WebSocketHandler capture(WebSocketHandler handler) {
			return new WebSocketHandlerDecorator(handler) {
				@Override
				public void afterConnectionEstablished(WebSocketSession session) throws Exception {
					ConsoleWatch.this.socket = session;
					super.afterConnectionEstablished(session);
				}
			};
		}

	}

}
