package dev.fureai.chat;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Where a customer's request for a person is handled: apart from everything else the chat
 * receives. Routing stores the escalation before the customer is told, so while the
 * database is unreachable every such request waits for a connection (Hikari's
 * {@code connection-timeout}, 3 s). On the inbound channel's threads (two a core) a few
 * customers pressing 担当者と話す held all of them, and nobody's question reached the bot: one
 * bot answer per outage with four such customers against about forty with none (pg-crash,
 * docs/durability.md). Here each request waits on a virtual thread of its own.
 * <p>
 * At most {@link #AT_ONCE} are handled at once; beyond that the inbound thread waits for
 * a free place, as all of them did before, so a flood of requests cannot start
 * transactions without bound. Requests of one session were already handled concurrently
 * with its other messages (a pool, not one thread per session); replies name the message
 * they answer.
 */
@Component
class PersonRequests implements DisposableBean {

	static final int AT_ONCE = 16;

	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("person-request-");

	PersonRequests() {
		this.executor.setVirtualThreads(true);
		this.executor.setConcurrencyLimit(AT_ONCE);
		// a request under way when the server stops is finished, not cut off between
		// storing the escalation and telling the customer
		this.executor.setTaskTerminationTimeout(10_000);
	}

	void handle(Runnable request) {
		this.executor.execute(request);
	}

	@Override
	public void destroy() {
		this.executor.close();
	}

}
