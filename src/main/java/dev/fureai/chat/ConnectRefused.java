package dev.fureai.chat;

/**
 * A STOMP frame the server refuses outright: its message becomes the {@code message}
 * header of the STOMP ERROR frame, after which the session is closed.
 */
class ConnectRefused extends RuntimeException {

	ConnectRefused(String message) {
		super(message, null, false, false);
	}

}
