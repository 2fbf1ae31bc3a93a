package dev.fureai.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

import dev.fureai.content.ContentSnapshot;
import dev.fureai.content.DictionaryFile;

/**
 * One of the writers' phrase lists in {@code content/_search/}, re-read whenever the
 * content module serves a new snapshot (so an edit is in force within about a second), or
 * the built-in list of the same name when the file is absent.
 */
final class WritersPhrases {

	private final PhraseAnalyzer analyzer;

	private final String fileName;

	private final PhraseList builtIn;

	private volatile Cached cached;

	private record Cached(Object source, PhraseList list) {

	}

	WritersPhrases(PhraseAnalyzer analyzer, String fileName) {
		this.analyzer = analyzer;
		this.fileName = fileName;
		this.builtIn = new PhraseList(analyzer, builtInText(fileName));
	}

	/** The list in force for this snapshot (or the built-in one without a snapshot). */
	PhraseList in(Optional<ContentSnapshot> snapshot) {
		Optional<DictionaryFile> file = snapshot.flatMap((s) -> s.dictionary(this.fileName));
		if (file.isEmpty()) {
			return this.builtIn;
		}
		String text = file.get().text();
		Cached current = this.cached;
		if (current != null && current.source().equals(text)) {
			return current.list();
		}
		PhraseList list = new PhraseList(this.analyzer, text);
		this.cached = new Cached(text, list);
		return list;
	}

	static String builtInText(String fileName) {
		try {
			return new ClassPathResource("dev/fureai/routing/" + fileName).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("built-in phrase list missing: " + fileName, ex);
		}
	}

}
