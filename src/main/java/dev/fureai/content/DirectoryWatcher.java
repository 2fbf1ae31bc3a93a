package dev.fureai.content;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the content directory tree on a daemon thread and calls back once per burst of
 * changes: after the first event it waits until the tree has been quiet for
 * {@code debounce}, at most {@code max(debounce, 500ms)} in all. Editor temp files and
 * hidden files never trigger a call. A directory that is missing (or deleted) is polled
 * for every second until it appears.
 */
final class DirectoryWatcher implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(DirectoryWatcher.class);

	private static final Duration MAX_WAIT = Duration.ofMillis(500);

	private final Path root;

	private final long debounceNanos;

	private final long maxWaitNanos;

	private final Runnable onChange;

	private final WatchService service;

	private final Map<WatchKey, Path> directories = new HashMap<>();

	private final Thread thread;

	DirectoryWatcher(Path root, Duration debounce, Runnable onChange) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		this.debounceNanos = debounce.toNanos();
		this.maxWaitNanos = Math.max(debounce.toNanos(), MAX_WAIT.toNanos());
		this.onChange = onChange;
		this.service = this.root.getFileSystem().newWatchService();
		this.thread = Thread.ofPlatform().daemon().name("fureai-content-watcher").unstarted(this::run);
	}

	void start() {
		this.thread.start();
	}

	@Override
	public void close() {
		try {
			this.service.close();
			this.thread.join(Duration.ofSeconds(2));
		}
		catch (IOException ex) {
			logger.warn("Could not close the content watcher", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void run() {
		try {
			while (true) {
				if (!this.directories.containsValue(this.root)) {
					awaitRoot();
				}
				if (drain(this.service.take())) {
					settle();
					notifyChange();
				}
			}
		}
		catch (ClosedWatchServiceException | InterruptedException ex) {
			logger.debug("Content watcher stopped");
		}
	}

	/**
	 * Registers the tree as soon as it exists, then reloads: files may already be there.
	 */
	private void awaitRoot() throws InterruptedException {
		while (!Files.isDirectory(this.root)) {
			this.service.poll(1, TimeUnit.SECONDS);
		}
		register(this.root);
		notifyChange();
	}

	/** Waits until no relevant event has come for the debounce time, or the cap. */
	private void settle() throws InterruptedException {
		long start = System.nanoTime();
		long last = start;
		while (true) {
			long remaining = Math.min(last + this.debounceNanos, start + this.maxWaitNanos) - System.nanoTime();
			if (remaining <= 0) {
				return;
			}
			WatchKey key = this.service.poll(remaining, TimeUnit.NANOSECONDS);
			if (key != null && drain(key)) {
				last = System.nanoTime();
			}
		}
	}

	/** Consumes a key's events; whether any of them may change the content. */
	private boolean drain(WatchKey key) {
		Path directory = this.directories.get(key);
		boolean relevant = false;
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == StandardWatchEventKinds.OVERFLOW || directory == null) {
				relevant = true;
				continue;
			}
			Path name = (Path) event.context();
			if (ContentFiles.isTemporary(name.toString()) || name.toString().startsWith(".")) {
				continue;
			}
			Path child = directory.resolve(name);
			if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
					&& Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
				register(child);
			}
			relevant = true;
		}
		if (!key.reset()) {
			this.directories.remove(key);
			relevant = true;
		}
		return relevant;
	}

	private void register(Path start) {
		try {
			Files.walkFileTree(start, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
					Path relative = DirectoryWatcher.this.root.relativize(dir);
					if (!ContentFiles.isArticleDirectory(relative) && !relative.equals(ContentFiles.DICTIONARIES)) {
						return FileVisitResult.SKIP_SUBTREE;
					}
					WatchKey key = dir.register(DirectoryWatcher.this.service, StandardWatchEventKinds.ENTRY_CREATE,
							StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
					DirectoryWatcher.this.directories.put(key, dir);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			// The directory vanished while being registered; its parent's events cover
			// it.
			logger.debug("Could not watch {}", start, ex);
		}
	}

	private void notifyChange() {
		try {
			this.onChange.run();
		}
		catch (RuntimeException ex) {
			logger.error("Reloading the content failed; the previous content is still served", ex);
		}
	}

}
