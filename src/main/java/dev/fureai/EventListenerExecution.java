package dev.fureai;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads the modules' asynchronous event listeners
 * ({@code @ApplicationModuleListener}) run on: a small pool with a queue, sized by Spring
 * Boot's {@code spring.task.execution.pool.*}. The WebSocket broker's executors make Boot
 * leave out its own application executor, and {@code @Async} then fell back to a new
 * platform thread per event (SimpleAsyncTaskExecutor-2318 after one ten-outage harness
 * run): a burst of events, such as routing's retries landing after an outage or a
 * customer import, began as many transactions at once as there were events, each waiting
 * for one of the database pool's connections.
 */
@Configuration(proxyBeanMethods = false)
class EventListenerExecution {

	/** Named so: {@code @Async} looks this name up when there are several executors. */
	@Bean(name = "taskExecutor")
	ThreadPoolTaskExecutor taskExecutor(ThreadPoolTaskExecutorBuilder builder) {
		return builder.build();
	}

}
