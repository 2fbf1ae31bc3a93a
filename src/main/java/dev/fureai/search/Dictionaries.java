package dev.fureai.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.ja.dict.UserDictionary;

import dev.fureai.content.ContentProblem;
import dev.fureai.content.ContentSnapshot;
import dev.fureai.content.DictionaryFile;

/**
 * The search dictionaries in force, with the text each was built from.
 * <p>
 * On the first load a bad line is skipped and the rest is used. On a reload a file with
 * any bad line is ignored as a whole and its previous good version stays in force: a
 * writer's half-finished edit must not silently drop entries that worked a moment ago.
 *
 * @param user the user dictionary in force
 * @param userText the text it was built from
 * @param synonyms the synonyms in force
 * @param synonymsText the text they were built from
 * @param problems what is wrong in the snapshot's files, and what was done about it
 */
record Dictionaries(UserDictionaryFile user, String userText, SynonymsFile synonyms, String synonymsText,
		List<ContentProblem> problems) {

	static final Consequence SKIPPED = new Consequence("この行は使いません", "this line is skipped");

	private static final Consequence KEPT = new Consequence("このファイルの変更は使わず、直前の正しい版を使い続けます",
			"the change to this file is not used; its last good version stays in force");

	static Dictionaries load(ContentSnapshot snapshot) {
		DictionaryFile userFile = file(snapshot, UserDictionaryFile.NAME);
		UserDictionaryFile user = UserDictionaryFile.parse(userFile, SKIPPED);
		DictionaryFile synonymsFile = file(snapshot, SynonymsFile.NAME);
		SynonymsFile synonyms = SynonymsFile.parse(synonymsFile, user.dictionary(), SKIPPED);
		List<ContentProblem> problems = new ArrayList<>(user.problems());
		problems.addAll(synonyms.problems());
		return new Dictionaries(user, userFile.text(), synonyms, synonymsFile.text(), problems);
	}

	Dictionaries reload(ContentSnapshot snapshot) {
		List<ContentProblem> problems = new ArrayList<>();
		DictionaryFile userFile = file(snapshot, UserDictionaryFile.NAME);
		UserDictionaryFile user = this.user;
		String userText = this.userText;
		if (!userFile.text().equals(this.userText)) {
			UserDictionaryFile parsed = UserDictionaryFile.parse(userFile, KEPT);
			problems.addAll(parsed.problems());
			if (parsed.problems().isEmpty()) {
				user = parsed;
				userText = userFile.text();
			}
		}
		DictionaryFile synonymsFile = file(snapshot, SynonymsFile.NAME);
		if (user == this.user && synonymsFile.text().equals(this.synonymsText)) {
			return new Dictionaries(user, userText, this.synonyms, this.synonymsText, problems);
		}
		SynonymsFile synonyms = SynonymsFile.parse(synonymsFile, user.dictionary(), KEPT);
		problems.addAll(synonyms.problems());
		if (synonyms.problems().isEmpty()) {
			return new Dictionaries(user, userText, synonyms, synonymsFile.text(), problems);
		}
		if (user == this.user) {
			return new Dictionaries(user, userText, this.synonyms, this.synonymsText, problems);
		}
		// the previous synonyms must be re-split with the new user dictionary
		SynonymsFile previous = SynonymsFile.parse(new DictionaryFile(synonymsFile.file(), this.synonymsText),
				user.dictionary(), SKIPPED);
		problems.addAll(previous.problems());
		return new Dictionaries(user, userText, previous, this.synonymsText, problems);
	}

	boolean sameUserDictionary(Dictionaries other) {
		return this.user == other.user;
	}

	UserDictionary userDictionary() {
		return this.user.dictionary();
	}

	private static DictionaryFile file(ContentSnapshot snapshot, String name) {
		return snapshot.dictionary(name).orElseGet(() -> new DictionaryFile(Path.of("_search", name), ""));
	}

	/** What is done about a bad line, in Japanese and in English. */
	record Consequence(String ja, String en) {
	}

}
