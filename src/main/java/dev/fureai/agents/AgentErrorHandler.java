package dev.fureai.agents;

import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * Words the ERROR frame of a refused agent frame: our own reason, or a fixed text
 * (Spring's exception messages name internal classes).
 */
class AgentErrorHandler extends StompSubProtocolErrorHandler {

	@Override
	public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable ex) {
		StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
		error.setMessage(reason(ex));
		error.setLeaveMutable(true);
		return MessageBuilder.createMessage(new byte[0], error.getMessageHeaders());
	}

	static String reason(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof AgentRefused refused) {
				return refused.getMessage();
			}
		}
		return "frame refused — フレームを処理できません";
	}

}
