package dev.fureai.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client on a plain TCP socket, for limits a client library gets in the way
 * of. A library writes a large message in several chunks, and when the server closes the
 * connection between two of them the library reports its own write failure (1006) before
 * it has read the server's close frame. Here the whole frame is written by a separate
 * thread and its failure is ignored, while the caller reads what the server sent — the
 * close frame arrives before the reset, and the kernel hands it out first.
 */
public final class WireSocket implements AutoCloseable {

	/**
	 * What {@link #awaitClose()} returns when the connection ended without a close frame.
	 */
	public static final int NO_CLOSE_FRAME = 1006;

	private final Socket socket;

	private final DataInputStream in;

	private final OutputStream out;

	private final StringBuilder received = new StringBuilder();

	private WireSocket(Socket socket) throws IOException {
		this.socket = socket;
		this.in = new DataInputStream(socket.getInputStream());
		this.out = socket.getOutputStream();
	}

	/**
	 * Opens {@code path} with the STOMP subprotocol and no Origin (a non-browser client).
	 */
	public static WireSocket open(int port, String path) throws IOException {
		Socket socket = new Socket("localhost", port);
		socket.setSoTimeout(20_000);
		WireSocket wire = new WireSocket(socket);
		String request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port
				+ "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
				+ "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
				+ "Sec-WebSocket-Protocol: v12.stomp\r\n\r\n";
		wire.out.write(request.getBytes(StandardCharsets.US_ASCII));
		wire.out.flush();
		String status = wire.readHeaderLine();
		if (!status.startsWith("HTTP/1.1 101")) {
			socket.close();
			throw new IOException("handshake refused: " + status);
		}
		while (!wire.readHeaderLine().isEmpty()) {
			// the rest of the upgrade response's headers
		}
		return wire;
	}

	/** Writes one masked text frame, in a single write. */
	public void send(String text) throws IOException {
		this.out.write(frame(0x1, text.getBytes(StandardCharsets.UTF_8)));
		this.out.flush();
	}

	/** Writes one masked binary frame, in a single write. */
	public void sendBinary(byte[] payload) throws IOException {
		this.out.write(frame(0x2, payload));
		this.out.flush();
	}

	/**
	 * Writes one masked text frame from another thread, so that the caller can read the
	 * server's answer while the server is still refusing the rest of it.
	 */
	public void sendWithoutWaiting(String text) {
		byte[] frame = frame(0x1, text.getBytes(StandardCharsets.UTF_8));
		Thread.ofVirtual().start(() -> {
			try {
				this.out.write(frame);
				this.out.flush();
			}
			catch (IOException ex) {
				// the server closed while the frame was on its way: what it said is read
				// by the caller
			}
		});
	}

	/** Reads frames until a text frame (skipping heart-beats) and returns its text. */
	public String next() throws IOException {
		while (true) {
			int first = this.in.readUnsignedByte();
			byte[] payload = readPayload();
			if ((first & 0x0F) == 0x8) {
				throw new EOFException("the server closed the connection");
			}
			String text = new String(payload, StandardCharsets.UTF_8);
			this.received.append(text);
			if (!text.isBlank()) {
				return text;
			}
		}
	}

	/**
	 * Reads frames until the server's close frame.
	 * @return its status code, or {@link #NO_CLOSE_FRAME} when the connection ended
	 * without one
	 */
	public int awaitClose() throws IOException {
		try {
			while (true) {
				int first = this.in.readUnsignedByte();
				byte[] payload = readPayload();
				if ((first & 0x0F) == 0x8) {
					return (payload.length >= 2) ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
				}
				this.received.append(new String(payload, StandardCharsets.UTF_8));
			}
		}
		catch (EOFException | SocketException ex) {
			return NO_CLOSE_FRAME;
		}
	}

	/** The text of every data frame read so far. */
	public String received() {
		return this.received.toString();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	private byte[] readPayload() throws IOException {
		int second = this.in.readUnsignedByte();
		long length = second & 0x7F;
		if (length == 126) {
			length = this.in.readUnsignedShort();
		}
		else if (length == 127) {
			length = this.in.readLong();
		}
		if (length > 1 << 20) {
			throw new IOException("a server frame of " + length + " bytes");
		}
		byte[] payload = new byte[(int) length];
		this.in.readFully(payload);
		return payload;
	}

	private String readHeaderLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		InputStream raw = this.in;
		for (int b = raw.read(); b != '\n'; b = raw.read()) {
			if (b < 0) {
				throw new EOFException("the server closed during the handshake");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

	private static byte[] frame(int opcode, byte[] payload) {
		ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
		frame.write(0x80 | opcode);
		if (payload.length < 126) {
			frame.write(0x80 | payload.length);
		}
		else if (payload.length <= 0xFFFF) {
			frame.write(0x80 | 126);
			frame.write(payload.length >>> 8);
			frame.write(payload.length);
		}
		else {
			frame.write(0x80 | 127);
			for (int shift = 56; shift >= 0; shift -= 8) {
				frame.write((int) ((long) payload.length >>> shift));
			}
		}
		byte[] mask = new byte[4];
		ThreadLocalRandom.current().nextBytes(mask);
		frame.writeBytes(mask);
		for (int i = 0; i < payload.length; i++) {
			frame.write(payload[i] ^ mask[i & 3]);
		}
		return frame.toByteArray();
	}

}
