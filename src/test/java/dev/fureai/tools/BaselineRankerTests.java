package dev.fureai.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fureai.content.Lang;
import dev.fureai.tools.EvalDataset.FaqEntry;

import static org.assertj.core.api.Assertions.assertThat;

class BaselineRankerTests {

	@Test
	void ranksTheObviouslyMatchingEntryFirst(@TempDir Path dir) throws IOException {
		EvalDataset dataset = TinyFaq.read(dir);
		BaselineRanker ranker = new BaselineRanker(dataset.corpus(), dataset.lang());

		assertThat(ranker.rank("二段階認証を設定したい", 10)).first().extracting(RankedDoc::id).isEqualTo("2fa");
		assertThat(ranker.rank("請求書をダウンロードしたい", 10)).first().extracting(RankedDoc::id).isEqualTo("invoice");
	}

	@Test
	void rankingIsBestFirstAndCutAtK(@TempDir Path dir) throws IOException {
		EvalDataset dataset = TinyFaq.read(dir);
		List<RankedDoc> ranking = new BaselineRanker(dataset.corpus(), dataset.lang()).rank("管理画面 メールアドレス", 2);

		assertThat(ranking).hasSize(2);
		assertThat(ranking.get(0).score()).isGreaterThanOrEqualTo(ranking.get(1).score());
	}

	@Test
	void queryOfOnlyStopWordsFindsNothing(@TempDir Path dir) throws IOException {
		EvalDataset dataset = TinyFaq.read(dir);
		assertThat(new BaselineRanker(dataset.corpus(), dataset.lang()).rank("の は が", 10)).isEmpty();
	}

	@Test
	void englishUsesTheEnglishAnalyzer() {
		List<FaqEntry> corpus = List.of(new FaqEntry("a", "How do I reset passwords?", "Use the sign-in page."),
				new FaqEntry("b", "Where are invoices?", "Under billing."));
		// "resetting password" only matches "reset passwords" after English stemming
		assertThat(new BaselineRanker(corpus, Lang.EN).rank("resetting password", 10)).extracting(RankedDoc::id)
			.containsExactly("a");
	}

}
