package dev.fureai.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * Words the STOMP ERROR frame (sent just before the server closes the session). The
 * reason is our own when we refused the frame, a fixed text otherwise: Spring's exception
 * messages name internal channels and classes.
 */
class ChatErrorHandler extends StompSubProtocolErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(ChatErrorHandler.class);

	private static final byte[] EMPTY = new byte[0];

	@Override
	public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable ex) {
		String reason = reason(ex);
		log.info("STOMP frame refused, closing the session: {}", reason);
		StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
		error.setMessage(reason);
		error.setLeaveMutable(true);
		return MessageBuilder.createMessage(EMPTY, error.getMessageHeaders());
	}

	static String reason(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectRefused refused) {
				return refused.getMessage();
			}
			if (cause instanceof org.springframework.messaging.simp.stomp.StompConversionException) {
				return "unreadable STOMP frame (too large or malformed) — フレームを読めません";
			}
		}
		return "frame refused — フレームを処理できません";
	}

}
