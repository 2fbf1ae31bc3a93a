package dev.fureai.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fureai.content.FaqDrafts.DraftFile;
import dev.fureai.content.FaqDrafts.FaqDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * FAQ drafts written under {@code drafts/} and read back by the real scanner: the front
 * matter round-trips, the content itself does not serve them, names stay inside
 * {@code drafts/} and nothing is overwritten.
 */
class FaqDraftsTests {

	@TempDir
	Path content;

	@Test
	void aJapaneseDraftRoundTripsThroughTheScannerAndIsNotServedFromTheContent() throws IOException {
		Files.writeString(this.content.resolve("served.md"), "---\nid: served\ntitle: 公開中\n---\n本文\n");
		FaqDrafts drafts = new FaqDrafts(this.content);
		List<String> questions = List.of("請求書の宛名を変えたい", "請求書の宛名を\n会社名に変更できますか？", "宛名: \"株式会社\" と入れたい #1",
				"請求書の宛名を変えたい");

		DraftFile written = drafts.write(new FaqDraft("faq-draft-0b6c1f2a", "請求書の宛名を変更する", questions,
				"「契約とお支払い」→「請求先」で宛名を変更できます。\n\n---\n\n変更後に発行した請求書から反映されます。", "csm-suzuki の一括回答から"));

		assertThat(written.relative()).isEqualTo(Path.of("drafts", "請求書の宛名を変更する.md"));
		assertThat(written.file()).isEqualTo(this.content.resolve("drafts/請求書の宛名を変更する.md").toAbsolutePath());
		// the content as served: the draft is not in it
		ContentSnapshot served = ContentScanner.scan(this.content);
		assertThat(served.articles()).containsOnlyKeys("served");
		assertThat(served.problems()).isEmpty();
		// what a writer's check of drafts/ (or the content after moving it) sees
		ContentSnapshot draftsOnly = ContentScanner.scan(this.content.resolve("drafts"));
		assertThat(draftsOnly.problems()).isEmpty();
		Article article = draftsOnly.article("faq-draft-0b6c1f2a").orElseThrow();
		assertThat(article.title()).isEqualTo("請求書の宛名を変更する");
		assertThat(article.lang()).isEqualTo(Lang.JA);
		assertThat(article.questions()).containsExactly("請求書の宛名を変えたい", "請求書の宛名を 会社名に変更できますか？", "宛名: \"株式会社\" と入れたい #1");
		assertThat(article.sections()).extracting(Section::text)
			.anySatisfy((text) -> assertThat(text).contains("「契約とお支払い」→「請求先」で宛名を変更できます。"))
			.anySatisfy((text) -> assertThat(text).contains("変更後に発行した請求書から反映されます。"));
		assertThat(Files.readString(written.file(), StandardCharsets.UTF_8)).startsWith("---\n# csm-suzuki の一括回答から\n");
	}

	@Test
	void traversalAttemptsStayInsideDrafts() throws IOException {
		FaqDrafts drafts = new FaqDrafts(this.content);
		int n = 0;
		for (String title : List.of("../../etc/passwd", "..", "/absolute/path", "..\\..\\windows", "a/../../b",
				"~/.ssh/authorized_keys", "_hidden", ".hidden", "nul", "CON", "%2e%2e%2f", "\u0000bin", "　")) {
			if (title.isBlank()) {
				assertThatIllegalArgumentException().isThrownBy(() -> drafts.write(draft(title)));
				continue;
			}
			DraftFile written = drafts.write(new FaqDraft("faq-draft-" + (++n), title, List.of("質問"), "回答です。", null));
			assertThat(written.file().getParent()).as(title).isEqualTo(drafts.directory());
			String name = written.file().getFileName().toString();
			assertThat(name).as(title).endsWith(".md").doesNotStartWith(".").doesNotStartWith("_").doesNotContain("/");
			assertThat(ContentFiles.isArticle(Path.of(name))).as(title).isTrue();
		}
		try (Stream<Path> all = Files.walk(this.content)) {
			assertThat(all.filter(Files::isRegularFile)).allSatisfy(
					(file) -> assertThat(file.getParent()).isEqualTo(this.content.resolve("drafts").toAbsolutePath()));
		}
		assertThat(ContentScanner.scan(this.content.resolve("drafts")).problems()).isEmpty();
	}

	@Test
	void anExistingFileIsNeverOverwritten() throws IOException {
		FaqDrafts drafts = new FaqDrafts(this.content);
		Files.createDirectories(drafts.directory());
		Path existing = drafts.directory().resolve("パスワードの再設定.md");
		Files.writeString(existing, "a writer's own file");

		DraftFile second = drafts.write(draft("パスワードの再設定"));
		DraftFile third = drafts.write(draft("パスワードの再設定"));

		assertThat(Files.readString(existing)).isEqualTo("a writer's own file");
		assertThat(second.file().getFileName()).hasToString("パスワードの再設定-2.md");
		assertThat(third.file().getFileName()).hasToString("パスワードの再設定-3.md");
	}

	@Test
	void fileNamesKeepJapaneseLettersAndDropEverythingElse() {
		assertThat(FaqDrafts.fileName("請求書の宛名を変更する")).isEqualTo("請求書の宛名を変更する");
		assertThat(FaqDrafts.fileName("ＳＳＯ（SAML）の設定・Okta連携")).isEqualTo("SSO-SAML-の設定-Okta連携");
		assertThat(FaqDrafts.fileName("How do I reset my password?")).isEqualTo("How-do-I-reset-my-password");
		assertThat(FaqDrafts.fileName("！？…")).isEqualTo("faq-draft");
		assertThat(FaqDrafts.fileName("あ".repeat(100))).hasSize(FaqDrafts.MAX_NAME);
		assertThat(FaqDrafts.fileName("😀".repeat(100))).isEqualTo("faq-draft");
		assertThat(FaqDrafts.fileName("\u0000bin")).isEqualTo("bin");
	}

	@Test
	void titlesThatWouldBreakTheFrontMatterAreQuoted() {
		FaqDrafts drafts = new FaqDrafts(this.content);
		String title = "---\ntitle: 別物\"\\ \u2028 #x: [y] {z} & *a !b | > %";
		DraftFile written = drafts
			.write(new FaqDraft("faq-draft-1", title, List.of("---", "... ", "key: value"), "本文", null));
		Article article = ContentScanner.scan(drafts.directory()).article("faq-draft-1").orElseThrow();
		assertThat(article.title()).isEqualTo("--- title: 別物\"\\ #x: [y] {z} & *a !b | > %");
		assertThat(article.title()).isEqualTo(written.title());
		assertThat(article.questions()).containsExactly("---", "...", "key: value");
	}

	@Test
	void missingOrOverlongTitleOrAnswerIsRefusedWithAReason() {
		FaqDrafts drafts = new FaqDrafts(this.content);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> drafts.write(new FaqDraft("x", " \n ", List.of(), "本文", null)))
			.withMessageContaining("タイトルを入力してください");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> drafts.write(new FaqDraft("x", "あ".repeat(FaqDrafts.MAX_TITLE + 1), List.of(), "本文", null)))
			.withMessageContaining("200文字以内");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> drafts.write(new FaqDraft("x", "題", List.of(), "  ", null)))
			.withMessageContaining("回答を入力してください");
		assertThatIllegalArgumentException().isThrownBy(() -> new FaqDraft("../x", "題", List.of(), "本文", null))
			.withMessageContaining("id");
		assertThat(Files.exists(drafts.directory())).isFalse();
	}

	private static FaqDraft draft(String title) {
		return new FaqDraft("faq-draft-x", title, List.of("質問"), "回答です。", null);
	}

}
