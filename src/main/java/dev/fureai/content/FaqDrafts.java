package dev.fureai.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes FAQ drafts: Markdown files with front matter under {@code drafts/} of the
 * content directory, which the scanner and the watcher skip, so a draft is neither served
 * nor indexed until a writer moves it into the content. The file is what a writer would
 * have typed: the scanner (and {@code check}) reads it back unchanged.
 * <p>
 * The file name comes from the title but never leaves {@code drafts/} (every character
 * that is not a letter or digit becomes {@code -}), and an existing file is never
 * overwritten: a numbered suffix is added instead.
 */
@Component
public class FaqDrafts {

	/** The longest title, in characters. */
	public static final int MAX_TITLE = 200;

	/** The longest answer (the article's body), in characters. */
	public static final int MAX_ANSWER = 20_000;

	/** The most questions, and the longest one kept, in characters. */
	public static final int MAX_QUESTIONS = 100;

	static final int MAX_QUESTION = 500;

	static final int MAX_NAME = 60;

	private static final int MAX_SUFFIX = 1000;

	private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}_]+");

	private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

	private final Path drafts;

	@Autowired
	public FaqDrafts(ContentProperties properties) {
		this(properties.directory());
	}

	FaqDrafts(Path contentDirectory) {
		this.drafts = contentDirectory.resolve(ContentFiles.DRAFTS).toAbsolutePath().normalize();
	}

	/** The drafts directory ({@code <content>/drafts}). */
	public Path directory() {
		return this.drafts;
	}

	/**
	 * Writes a new draft file.
	 * @throws IllegalArgumentException when the title or the answer is missing or too
	 * long (the message says which, Japanese first)
	 * @throws UncheckedIOException when the file cannot be written
	 */
	public DraftFile write(FaqDraft draft) {
		String title = oneLine(draft.title());
		if (title.isEmpty()) {
			throw new IllegalArgumentException("タイトルを入力してください (a title is required)");
		}
		if (title.length() > MAX_TITLE) {
			throw new IllegalArgumentException(
					"タイトルは" + MAX_TITLE + "文字以内で入力してください (a title of at most " + MAX_TITLE + " characters)");
		}
		String answer = (draft.answer() != null) ? draft.answer().strip() : "";
		if (answer.isEmpty()) {
			throw new IllegalArgumentException("回答を入力してください (an answer is required)");
		}
		if (answer.length() > MAX_ANSWER) {
			throw new IllegalArgumentException(
					"回答は" + MAX_ANSWER + "文字以内で入力してください (an answer of at most " + MAX_ANSWER + " characters)");
		}
		List<String> questions = questions(draft.questions());
		String text = markdown(draft.id(), title, questions, answer, draft.note());
		try {
			Files.createDirectories(this.drafts);
			String base = fileName(title);
			for (int n = 1; n <= MAX_SUFFIX; n++) {
				Path file = this.drafts.resolve(base + ((n == 1) ? "" : "-" + n) + ".md").normalize();
				if (!this.drafts.equals(file.getParent())) {
					throw new IllegalStateException("a draft name left the drafts directory: " + file);
				}
				try {
					Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
							StandardOpenOption.WRITE);
					return new DraftFile(file, Path.of(ContentFiles.DRAFTS.toString(), file.getFileName().toString()),
							draft.id(), title, questions);
				}
				catch (FileAlreadyExistsException ex) {
					// never overwrite: try the next suffix
				}
			}
			throw new IllegalStateException("more than " + MAX_SUFFIX + " drafts named " + base);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write a draft in " + this.drafts, ex);
		}
	}

	/**
	 * A file name from a title: letters (any script) and digits kept, everything else
	 * (dots, slashes, spaces) one {@code -}; no leading {@code _} or {@code -} (the
	 * scanner hides {@code _} names); at most {@value #MAX_NAME} characters; never empty
	 * or a device name.
	 */
	static String fileName(String title) {
		String name = Normalizer.normalize(title, Normalizer.Form.NFKC);
		name = NOT_NAME.matcher(name).replaceAll("-").replaceAll("^[-_]+|[-_]+$", "");
		if (name.codePointCount(0, name.length()) > MAX_NAME) {
			name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME)).replaceAll("[-_]+$", "");
		}
		if (name.isEmpty()) {
			return "faq-draft";
		}
		return RESERVED.matcher(name).matches() ? name + "-draft" : name;
	}

	private static List<String> questions(List<String> given) {
		Set<String> questions = new LinkedHashSet<>();
		for (String question : (given != null) ? given : List.<String>of()) {
			String line = oneLine(question);
			if (line.length() > MAX_QUESTION) {
				line = line.substring(0,
						Character.isHighSurrogate(line.charAt(MAX_QUESTION - 1)) ? MAX_QUESTION - 1 : MAX_QUESTION);
			}
			if (!line.isEmpty() && questions.size() < MAX_QUESTIONS) {
				questions.add(line);
			}
		}
		return new ArrayList<>(questions);
	}

	private static String markdown(String id, String title, List<String> questions, String answer, String note) {
		StringBuilder text = new StringBuilder("---\n");
		if (note != null && !note.isBlank()) {
			text.append("# ").append(oneLine(note)).append('\n');
		}
		text.append("# FAQ draft: not served until it is moved out of drafts/\n");
		text.append("id: ").append(id).append('\n');
		text.append("title: ").append(quoted(title)).append('\n');
		text.append("lang: ").append(lang(title + answer).code()).append('\n');
		if (!questions.isEmpty()) {
			text.append("questions:\n");
			questions.forEach((q) -> text.append("  - ").append(quoted(q)).append('\n'));
		}
		text.append("---\n");
		text.append(answer.replace("\r\n", "\n").replace('\r', '\n')).append('\n');
		return text.toString();
	}

	/**
	 * A YAML double-quoted scalar on one line: quotes, backslashes and every character
	 * YAML or {@code String.lines()} could take as a line break or control are escaped.
	 */
	static String quoted(String value) {
		StringBuilder out = new StringBuilder("\"");
		value.codePoints().forEach((c) -> {
			if (c == '"' || c == '\\') {
				out.append('\\').appendCodePoint(c);
			}
			else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
				out.append(String.format(Locale.ROOT, "\\u%04x", c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.append('"').toString();
	}

	/** Line breaks and runs of white space become one space; other controls go. */
	private static String oneLine(String value) {
		return (value != null)
				? value.replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ").replaceAll("[\\p{Cc}\\ufeff]", "").strip() : "";
	}

	private static Lang lang(String text) {
		return text.codePoints().anyMatch(FaqDrafts::isJapanese) ? Lang.JA : Lang.EN;
	}

	private static boolean isJapanese(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
				|| script == Character.UnicodeScript.HAN;
	}

	/**
	 * What to write.
	 *
	 * @param id the article id to put in the front matter (letters, digits, {@code .},
	 * {@code _}, {@code -})
	 * @param title the title, edited by the agent
	 * @param questions the customers' own phrasings, for {@code questions:}
	 * @param answer the body, Markdown
	 * @param note a line for writers, kept as a YAML comment (who made it, from what), or
	 * {@code null}
	 */
	public record FaqDraft(String id, String title, List<String> questions, String answer, String note) {

		public FaqDraft {
			if (id == null || !ArticleParser.ID.matcher(id).matches()) {
				throw new IllegalArgumentException("not an article id: " + id);
			}
		}

	}

	/**
	 * A written draft.
	 *
	 * @param file where it is
	 * @param relative its path below the content directory ({@code drafts/…md})
	 * @param id the article id in it
	 * @param title the title as written
	 * @param questions the questions as written
	 */
	public record DraftFile(Path file, Path relative, String id, String title, List<String> questions) {

	}

}
