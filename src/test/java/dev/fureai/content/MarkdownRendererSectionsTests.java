package dev.fureai.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererSectionsTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void splitsAtLevelTwoHeadingsWithJapaneseAnchors() {
		List<Section> sections = this.renderer.sections("""
				請求書の再発行について説明します。

				## 請求書の発行方法
				管理画面を開きます。

				### 細かい手順
				手順です。

				## ＡＰＩ　キー の 再発行
				キーを作り直します。
				""");

		assertThat(sections).extracting(Section::anchor).containsExactly("", "請求書の発行方法", "api-キー-の-再発行");
		assertThat(sections).extracting(Section::heading).containsExactly(null, "請求書の発行方法", "ＡＰＩ　キー の 再発行");
		assertThat(sections.get(0).isIntroduction()).isTrue();
		assertThat(sections.get(1).html()).isEqualTo("<p>管理画面を開きます。</p>\n<h3>細かい手順</h3>\n<p>手順です。</p>");
		assertThat(sections.get(1).text()).isEqualTo("管理画面を開きます。\n\n細かい手順\n\n手順です。");
	}

	@Test
	void duplicateHeadingsGetNumberedAnchors() {
		List<Section> sections = this.renderer.sections("## 手順\na\n## 手順\nb\n## 手順\nc\n## 手順-2\nd\n");

		assertThat(sections).extracting(Section::anchor).containsExactly("手順", "手順-2", "手順-3", "手順-2-2");
	}

	@Test
	void explicitAnchorWinsAndIsRemovedFromTheHeading() {
		List<Section> sections = this.renderer.sections("## ログインできない場合 {#login-trouble}\n本文\n");

		assertThat(sections).singleElement().satisfies((section) -> {
			assertThat(section.anchor()).isEqualTo("login-trouble");
			assertThat(section.heading()).isEqualTo("ログインできない場合");
		});
	}

	@Test
	void headingMarkersInsideCodeFencesAndQuotesDoNotSplit() {
		List<Section> sections = this.renderer.sections("""
				はじめに

				```bash
				## これは見出しではない
				echo ok
				```

				~~~
				## これも違う
				~~~

				> ## 引用の中
				""");

		assertThat(sections).singleElement().satisfies((section) -> {
			assertThat(section.isIntroduction()).isTrue();
			assertThat(section.text()).contains("## これは見出しではない", "echo ok", "## これも違う", "引用の中");
		});
	}

	@Test
	void noEmptyIntroductionWhenTheArticleStartsWithAHeading() {
		List<Section> sections = this.renderer.sections("\n## 最初\n本文\n");

		assertThat(sections).extracting(Section::anchor).containsExactly("最初");
	}

	@Test
	void anEmptyBodyStillHasOneSection() {
		assertThat(this.renderer.sections("")).containsExactly(new Section("", null, "", ""));
	}

	@Test
	void plainTextKeepsLinkTextsAndCodeButNoMarkup() {
		Section section = this.renderer
			.sections("**設定**は[こちら](https://example.com)と`config.yml`、<https://example.org>\n\n"
					+ "| 項目 | 値 |\n|---|---|\n| 上限 | 10 |\n\n[ref]: https://example.com\n")
			.get(0);

		assertThat(section.text()).isEqualTo("設定はこちらとconfig.yml、https://example.org\n\n項目 値\n上限 10");
	}

	@Test
	void anchorsNormaliseWidthCaseAndPunctuation() {
		assertThat(Anchors.slug("  Hello, World! 2FA_設定  ")).isEqualTo("hello-world-2fa_設定");
		assertThat(Anchors.slug("ﾊﾟｽﾜｰﾄﾞ変更")).isEqualTo("パスワード変更");
		assertThat(Anchors.slug("???")).isEqualTo("section");
	}

}
