package dev.fureai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what each file gave when it was last read, so a rescan re-reads only files
 * whose size, modification time or identity changed. A file modified within a second of
 * being read is always read again: a save in the same timestamp tick as our read must not
 * be missed.
 *
 * @param <T> what a file is read into
 */
final class FileCache<T> {

	private static final long RACY_MILLIS = 1000;

	// files are read in parallel, each by one thread
	private final Map<Path, Entry<T>> entries = new ConcurrentHashMap<>();

	/** The result of reading {@code file}, from the cache when still valid. */
	Outcome<T> get(Path directory, Path file, long maxBytes, Reader<T> reader) {
		Path absolute = directory.resolve(file);
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
		}
		catch (IOException ex) {
			this.entries.remove(file);
			return Outcome.failed(Utf8Files.unreadable(ex));
		}
		Stat stat = new Stat(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
		Entry<T> cached = this.entries.get(file);
		if (cached != null && cached.stat().equals(stat) && !isRacy(cached)) {
			return cached.outcome();
		}
		Instant readAt = Instant.now();
		Outcome<T> outcome = read(absolute, stat, maxBytes, reader);
		this.entries.put(file, new Entry<>(stat, readAt, outcome));
		return outcome;
	}

	private static boolean isRacy(Entry<?> entry) {
		return entry.stat().modified().toMillis() > entry.readAt().toEpochMilli() - RACY_MILLIS;
	}

	private Outcome<T> read(Path absolute, Stat stat, long maxBytes, Reader<T> reader) {
		try {
			if (stat.size() > maxBytes) {
				throw Utf8Files.tooLarge(stat.size(), maxBytes);
			}
			return Outcome.of(reader.read(Utf8Files.read(absolute, maxBytes)));
		}
		catch (InvalidContent ex) {
			return Outcome.failed(ex);
		}
		catch (RuntimeException ex) {
			// A parser bug on one file must not stop the others from loading.
			return Outcome
				.failed(new InvalidContent(0, "ファイルを処理できませんでした（" + ex + "）", "could not be processed (" + ex + ")"));
		}
		catch (StackOverflowError ex) {
			// flexmark's and SnakeYAML's parsers recurse (a regex over a line of 5,000
			// '*'
			// does): deep input is this file's problem, and the stack is unwound by now.
			return Outcome.failed(new InvalidContent(0,
					"入れ子や繰り返しが深すぎて処理できません（同じ文字がとても長く続いていたり、括弧・引用・リストが何千も入れ子になっていたりしませんか？）",
					"is nested or repeated too deeply to be processed "
							+ "(a very long run of one character, or thousands of nested brackets, quotes or lists?)"));
		}
	}

	/** Forgets files that are gone. */
	void retain(Collection<Path> files) {
		this.entries.keySet().retainAll(files);
	}

	interface Reader<T> {

		T read(String text) throws InvalidContent;

	}

	record Outcome<T>(T value, InvalidContent failure) {

		static <T> Outcome<T> of(T value) {
			return new Outcome<>(value, null);
		}

		static <T> Outcome<T> failed(InvalidContent failure) {
			return new Outcome<>(null, failure);
		}

	}

	private record Stat(long size, FileTime modified, Object fileKey) {
	}

	private record Entry<T>(Stat stat, Instant readAt, Outcome<T> outcome) {
	}

}
