package dev.fureai.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which files in the content directory are articles, dictionaries or noise. The scanner
 * and the watcher share these rules so that an editor's temp file never triggers work.
 */
final class ContentFiles {

	static final Path DICTIONARIES = Path.of("_search");

	static final Path DRAFTS = Path.of("drafts");

	private static final List<String> TEMP_SUFFIXES = List.of("~", ".swp", ".swx", ".tmp", ".bak", ".part",
			".crdownload");

	private static final Set<String> TEMP_NAMES = Set.of("4913");

	private ContentFiles() {
	}

	/** Editor and download leftovers: never content, never a reason to rescan. */
	static boolean isTemporary(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return TEMP_NAMES.contains(name) || (name.startsWith("#") && name.endsWith("#")) || name.startsWith(".#")
				|| TEMP_SUFFIXES.stream().anyMatch(lower::endsWith);
	}

	/** Whether a directory (relative to the content directory) may hold articles. */
	static boolean isArticleDirectory(Path relative) {
		if (relative.toString().isEmpty()) {
			return true;
		}
		return !relative.equals(DRAFTS) && !isHidden(relative.getFileName().toString());
	}

	static boolean isArticle(Path relative) {
		String name = relative.getFileName().toString();
		return name.toLowerCase(Locale.ROOT).endsWith(".md") && !isHidden(name) && !isTemporary(name);
	}

	static boolean isDictionary(Path relative) {
		String name = relative.getFileName().toString();
		return DICTIONARIES.equals(relative.getParent()) && name.toLowerCase(Locale.ROOT).endsWith(".txt")
				&& !isHidden(name) && !isTemporary(name);
	}

	private static boolean isHidden(String name) {
		return name.startsWith(".") || name.startsWith("_");
	}

	/**
	 * Lists articles and dictionaries below {@code directory}, relative and sorted, so
	 * that "the first file wins" means the same thing on every machine.
	 */
	static Listing list(Path directory) throws IOException {
		List<Path> articles = new ArrayList<>();
		List<Path> dictionaries = new ArrayList<>();
		Files.walkFileTree(directory, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				Path relative = directory.relativize(dir);
				boolean descend = isArticleDirectory(relative) || relative.equals(DICTIONARIES);
				return descend ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				Path relative = directory.relativize(file);
				if (isDictionary(relative)) {
					dictionaries.add(relative);
				}
				else if (isArticle(relative) && !relative.startsWith(DICTIONARIES)) {
					articles.add(relative);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) {
				// A file that vanished or cannot be listed is reported when it is read.
				Path relative = directory.relativize(file);
				if (isArticle(relative)) {
					articles.add(relative);
				}
				return FileVisitResult.CONTINUE;
			}

		});
		articles.sort(null);
		dictionaries.sort(null);
		return new Listing(articles, dictionaries);
	}

	record Listing(List<Path> articles, List<Path> dictionaries) {
	}

}
