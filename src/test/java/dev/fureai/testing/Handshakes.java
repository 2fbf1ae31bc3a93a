package dev.fureai.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A WebSocket opening handshake written by hand on a plain socket, so that a test can
 * send any Origin header a client library would normalise or refuse to send.
 */
public final class Handshakes {

	private Handshakes() {
	}

	/**
	 * @param origin the Origin header's value, sent as is; {@code null} sends none
	 * @param cookie a Cookie header's value, or {@code null}
	 * @return the HTTP status of the server's answer (101 when the socket opened)
	 */
	public static int status(int port, String path, String origin, String cookie) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n").append("Host: localhost:")
				.append(port)
				.append("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n")
				.append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n")
				.append("Sec-WebSocket-Protocol: v12.stomp\r\n");
			if (origin != null) {
				request.append("Origin: ").append(origin).append("\r\n");
			}
			if (cookie != null) {
				request.append("Cookie: ").append(cookie).append("\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			String statusLine = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
				.readLine();
			if (statusLine == null) {
				throw new IllegalStateException("the server closed without answering the handshake");
			}
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
	}

}
