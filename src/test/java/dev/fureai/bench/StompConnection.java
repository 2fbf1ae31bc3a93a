package dev.fureai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One customer's connection as the widget makes it: a WebSocket to {@code /ws} (the JDK's
 * client), STOMP 1.2 CONNECT, SUBSCRIBE to {@code /user/queue/chat}, SEND to
 * {@code /app/chat.<type>}. Frames are written by hand, as the protocol document
 * describes them, so the benchmark measures the server and not a client library. Received
 * MESSAGE bodies go to the consumer, on the client's I/O thread.
 */
final class StompConnection implements WebSocket.Listener {

	record Frame(String command, Map<String, String> headers, String body) {
	}

	private final CompletableFuture<Frame> connected = new CompletableFuture<>();

	private final CompletableFuture<String> closed = new CompletableFuture<>();

	private final Consumer<String> messages;

	private final ReentrantLock sending = new ReentrantLock();

	private final StringBuilder partial = new StringBuilder();

	private volatile WebSocket socket;

	private volatile String error;

	private StompConnection(Consumer<String> messages) {
		this.messages = messages;
	}

	/**
	 * Connects, CONNECTs (anonymous visitor, heart-beats as given in milliseconds) and
	 * subscribes; fails when any of it does not happen within the timeout.
	 */
	static StompConnection open(HttpClient http, URI uri, long heartbeatMillis, Duration timeout,
			Consumer<String> messages) throws Exception {
		StompConnection connection = new StompConnection(messages);
		connection.socket = http.newWebSocketBuilder()
			.connectTimeout(timeout)
			.buildAsync(uri, connection)
			.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		connection.send("CONNECT\naccept-version:1.2\nhost:" + uri.getHost() + "\nheart-beat:" + heartbeatMillis + ","
				+ heartbeatMillis + "\n\n\0");
		Frame reply = connection.connected.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (!"CONNECTED".equals(reply.command())) {
			connection.abort();
			throw new IllegalStateException("CONNECT refused: " + reply.headers().get("message"));
		}
		connection.send("SUBSCRIBE\nid:chat\ndestination:/user/queue/chat\n\n\0");
		return connection;
	}

	/** SENDs a JSON body to {@code /app/chat.<type>}. */
	void send(String type, String json) {
		send("SEND\ndestination:/app/chat." + type + "\ncontent-type:application/json\ncontent-length:"
				+ json.getBytes(StandardCharsets.UTF_8).length + "\n\n" + json + "\0");
	}

	/** A STOMP heart-beat (an end of line). */
	void heartbeat() {
		send("\n");
	}

	/**
	 * The JDK's WebSocket allows one outstanding send: heart-beats and messages take
	 * turns.
	 */
	private void send(String text) {
		this.sending.lock();
		try {
			this.socket.sendText(text, true).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("send failed", ex);
		}
		finally {
			this.sending.unlock();
		}
	}

	boolean open() {
		return !this.closed.isDone() && this.socket != null && !this.socket.isOutputClosed();
	}

	/** An ERROR frame or a transport failure, if there was one. */
	String error() {
		return this.error;
	}

	void close() {
		try {
			if (open()) {
				send("DISCONNECT\n\n\0");
				this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
			}
		}
		catch (Exception ex) {
			abort();
		}
	}

	void abort() {
		if (this.socket != null) {
			this.socket.abort();
		}
	}

	@Override
	public void onOpen(WebSocket webSocket) {
		webSocket.request(1);
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.partial.append(data);
		if (last) {
			String text = this.partial.toString();
			this.partial.setLength(0);
			frames(text);
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		this.closed.complete(statusCode + " " + reason);
		this.connected.completeExceptionally(new IllegalStateException("closed: " + statusCode + " " + reason));
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		this.error = (this.error != null) ? this.error : error.toString();
		this.closed.complete(error.toString());
		this.connected.completeExceptionally(error);
	}

	/** One WebSocket message may hold heart-beats and one or more frames. */
	private void frames(String text) {
		int at = 0;
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c == '\n' || c == '\r') {
				at++;
				continue;
			}
			int end = text.indexOf('\0', at);
			if (end < 0) {
				end = text.length();
			}
			frame(parse(text.substring(at, end)));
			at = end + 1;
		}
	}

	private void frame(Frame frame) {
		switch (frame.command()) {
			case "CONNECTED" -> this.connected.complete(frame);
			case "MESSAGE" -> this.messages.accept(frame.body());
			case "ERROR" -> {
				this.error = "ERROR " + frame.headers().get("message");
				this.connected.complete(frame);
			}
			default -> {
			}
		}
	}

	private static Frame parse(String frame) {
		int headersEnd = frame.indexOf("\n\n");
		String head = (headersEnd < 0) ? frame : frame.substring(0, headersEnd);
		String body = (headersEnd < 0) ? "" : frame.substring(headersEnd + 2);
		String[] lines = head.split("\r?\n");
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.putIfAbsent(lines[i].substring(0, colon), unescape(lines[i].substring(colon + 1)));
			}
		}
		return new Frame(lines[0], headers, body);
	}

	private static String unescape(String value) {
		return value.replace("\\c", ":").replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\");
	}

}
