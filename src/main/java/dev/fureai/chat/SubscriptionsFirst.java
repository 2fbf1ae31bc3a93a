package dev.fureai.chat;

import org.springframework.core.task.TaskExecutor;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageHandlingRunnable;

/**
 * The inbound channel's executor, except that SUBSCRIBE and UNSUBSCRIBE are handled at
 * once on the thread that read them off the socket.
 * <p>
 * Spring hands every inbound frame to a pool, so a SUBSCRIBE and the SEND right behind it
 * — the widget subscribes and resumes in one go, a load client subscribes and asks — can
 * be handled in either order; a reply published before the broker has registered the
 * subscription is dropped, and the customer never sees it. Registering a subscription is
 * an in-memory map update, and the socket's frames are read one after the other, so doing
 * it in receive order costs nothing and means every later frame of the session finds it.
 * Spring's {@code setPreserveReceiveOrder} would order everything, but it also runs the
 * {@link StompGate} on pool threads, where a refused CONNECT no longer becomes an ERROR
 * frame.
 */
final class SubscriptionsFirst implements TaskExecutor {

	private final TaskExecutor pool;

	SubscriptionsFirst(TaskExecutor pool) {
		this.pool = pool;
	}

	@Override
	public void execute(Runnable task) {
		if (task instanceof MessageHandlingRunnable handling && isSubscription(handling)) {
			task.run();
		}
		else {
			this.pool.execute(task);
		}
	}

	private static boolean isSubscription(MessageHandlingRunnable handling) {
		SimpMessageType type = SimpMessageHeaderAccessor.getMessageType(handling.getMessage().getHeaders());
		return type == SimpMessageType.SUBSCRIBE || type == SimpMessageType.UNSUBSCRIBE;
	}

}
