package dev.fureai.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small Japanese FAQ data set written for these tests: six entries (one with an id no
 * article may have, one whose answer contains a {@code ## } line and HTML), five judged
 * queries and one without judgements.
 */
final class TinyFaq {

	static final String CORPUS = """
			{"id": "password", "question": "パスワードを忘れた場合はどうすればよいですか", "answer": "ログイン画面の「パスワードを忘れた方」からメールアドレスを入力すると、再設定用のリンクをお送りします。"}
			{"id": "invoice", "question": "請求書はどこからダウンロードできますか", "answer": "管理画面の「請求」メニューから、過去の請求書をPDFでダウンロードできます。"}
			{"id": "member", "question": "メンバーを追加するには", "answer": "設定の「メンバー」画面で招待ボタンを押し、招待するメールアドレスを入力してください。"}
			{"id": "cancel", "question": "契約を解約したい", "answer": "解約は契約期間の末日の30日前までに、管理画面の「契約」からお申し込みください。"}
			{"id": "2fa", "question": "二段階認証を設定する方法", "answer": "アカウント設定の「セキュリティ」で二段階認証を有効にし、認証アプリでQRコードを読み取ってください。"}
			{"id": "_export", "question": "データをCSVで書き出すには", "answer": "一覧画面の右上にある「エクスポート」からCSV形式で書き出せます。\\n## 注意\\n<b>文字コード</b>はUTF-8です。"}
			""";

	static final String QUERIES = """
			{"id": "q1", "text": "パスワードがわからなくてログインできません"}
			{"id": "q2", "text": "請求書のPDFがほしい"}
			{"id": "q3", "text": "解約の手続きを教えて"}
			{"id": "q4", "text": "二段階認証のやり方"}
			{"id": "q5", "text": "CSVでエクスポートしたい"}
			{"id": "q6", "text": "判定のない質問です"}
			""";

	static final String QRELS = """
			query_id	doc_id	grade
			q1	password	2
			q2	invoice	2
			q3	cancel	2
			q3	invoice	1
			q4	2fa	2
			q5	_export	2
			""";

	private TinyFaq() {
	}

	static Path write(Path directory) throws IOException {
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("corpus.jsonl"), CORPUS);
		Files.writeString(directory.resolve("queries.jsonl"), QUERIES);
		Files.writeString(directory.resolve("qrels.tsv"), QRELS);
		return directory;
	}

	static EvalDataset read(Path directory) throws IOException {
		return new EvalDatasetReader().read(write(directory));
	}

}
