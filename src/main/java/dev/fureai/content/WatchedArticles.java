package dev.fureai.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The served content: loaded when created, then (if {@code fureai.content.watch})
 * reloaded whenever the directory changes. Each reload swaps the snapshot atomically and
 * publishes {@link ContentChanged} synchronously; a failing listener is logged and never
 * stops the watcher.
 */
@Component
class WatchedArticles implements Articles, SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(WatchedArticles.class);

	private final ContentProperties properties;

	private final ApplicationEventPublisher events;

	private final ContentLoader loader;

	private volatile ContentSnapshot snapshot;

	private DirectoryWatcher watcher;

	WatchedArticles(ContentProperties properties, ApplicationEventPublisher events) {
		this.properties = properties;
		this.events = events;
		this.loader = new ContentLoader(properties.directory());
		this.snapshot = this.loader.load(1);
		logLoaded(this.snapshot);
	}

	@Override
	public ContentSnapshot snapshot() {
		return this.snapshot;
	}

	/** Reloads changed files now; publishes only when something changed. */
	synchronized void reload() {
		ContentSnapshot previous = this.snapshot;
		ContentSnapshot next = this.loader.load(previous.version() + 1);
		ContentChanges.between(previous, next).ifPresent((change) -> {
			this.snapshot = next;
			logChange(previous, change);
			try {
				this.events.publishEvent(change);
			}
			catch (RuntimeException ex) {
				logger.error("A listener failed on the content change; the new content is served anyway", ex);
			}
		});
	}

	@Override
	public synchronized void start() {
		if (this.properties.watch() && this.watcher == null) {
			try {
				this.watcher = new DirectoryWatcher(this.properties.directory(), this.properties.debounce(),
						this::reload);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot watch the content directory " + this.properties.directory(), ex);
			}
			this.watcher.start();
		}
	}

	@Override
	public synchronized void stop() {
		if (this.watcher != null) {
			this.watcher.close();
			this.watcher = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.watcher != null;
	}

	private void logLoaded(ContentSnapshot loaded) {
		String directory = loaded.directory().toAbsolutePath().normalize().toString();
		if (loaded.articles().isEmpty() && loaded.problems().isEmpty()) {
			logger.warn("The content directory {} holds no articles: the help center is empty", directory);
		}
		else {
			logger.info("Loaded {} articles and {} dictionary files from {}", loaded.articles().size(),
					loaded.dictionaries().size(), directory);
		}
		loaded.problems().forEach((problem) -> logger.warn(problem.format()));
	}

	private void logChange(ContentSnapshot previous, ContentChanged change) {
		logger.info("Content reloaded: {} articles changed, {} removed{}; {} served", change.changedIds().size(),
				change.removedIds().size(), change.dictionariesChanged() ? ", dictionaries changed" : "",
				change.snapshot().articles().size());
		Set<ContentProblem> known = new HashSet<>(previous.problems());
		change.snapshot().problems().stream().filter((p) -> !known.contains(p)).forEach((p) -> logger.warn(p.format()));
	}

}
