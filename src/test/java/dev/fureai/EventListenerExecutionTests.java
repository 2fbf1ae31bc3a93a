package dev.fureai;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' asynchronous event listeners run on the application's small pool, a few at
 * a time however many events commit at once (on the whole application with H2).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:event-listeners;DB_CLOSE_DELAY=-1",
				"fureai.content.watch=false" })
@Import(EventListenerExecutionTests.Listening.class)
class EventListenerExecutionTests {

	static final int EVENTS = 24;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SlowListener listener;

	@Test
	void aBurstOfEventsIsHandledAFewAtATimeOnThePool() throws InterruptedException {
		for (int i = 0; i < EVENTS; i++) {
			int n = i;
			this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new Probed(n)));
		}
		assertThat(this.listener.awaitAll()).as("every event handled").isTrue();
		assertThat(this.listener.threads()).allSatisfy((name) -> assertThat(name).startsWith("events-"));
		assertThat(this.listener.mostAtOnce()).isBetween(1, 4);
	}

	record Probed(int n) {
	}

	/** Read through its methods: the bean is a proxy (the listener is transactional). */
	static class SlowListener {

		private final CountDownLatch done = new CountDownLatch(EVENTS);

		private final Set<String> threads = ConcurrentHashMap.newKeySet();

		private final AtomicInteger running = new AtomicInteger();

		private final AtomicInteger mostAtOnce = new AtomicInteger();

		boolean awaitAll() throws InterruptedException {
			return this.done.await(60, TimeUnit.SECONDS);
		}

		Set<String> threads() {
			return this.threads;
		}

		int mostAtOnce() {
			return this.mostAtOnce.get();
		}

		@ApplicationModuleListener
		void on(Probed event) throws InterruptedException {
			this.mostAtOnce.accumulateAndGet(this.running.incrementAndGet(), Math::max);
			this.threads.add(Thread.currentThread().getName());
			// long enough for the next events to commit while this one runs
			Thread.sleep(100);
			this.running.decrementAndGet();
			this.done.countDown();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listening {

		@Bean
		SlowListener slowListener() {
			return new SlowListener();
		}

	}

}
