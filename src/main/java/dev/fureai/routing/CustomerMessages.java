package dev.fureai.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the customer is told, in Japanese: who answers, their place, when. */
final class CustomerMessages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日（E）H:mm", Locale.JAPAN);

	static final String NOT_QUEUED = "申し訳ありません。ただいま担当者への受付を完了できませんでした。自動で受付をやり直しています。" + "受付ができしだい、この画面でお知らせします。";

	static final String SELF_SERVICE = "このご質問には、担当者ではなく次の方法でご案内しています。";

	static final String CHURN_SHARED = "ご契約についてのご相談として、担当チームに共有しました。";

	private CustomerMessages() {
	}

	static String status(Escalation e, int position, Duration wait, Instant expectedBy, boolean open,
			BusinessCalendar calendar) {
		if (e.status() == EscalationStatus.CLAIMED) {
			return "担当者が対応しています。";
		}
		if (e.status() != EscalationStatus.WAITING) {
			return "このお問い合わせの対応は終了しています。";
		}
		StringBuilder text = new StringBuilder();
		if (e.assignee() != null) {
			text.append("担当のカスタマーサクセスにおつなぎしました。");
		}
		else {
			text.append(e.pool().customerLabel()).append("の担当者が順番にご対応します。");
		}
		text.append("現在 ").append(position).append(" 番目です。");
		if (open) {
			text.append("待ち時間の目安は約").append(minutes(wait)).append("分です。");
		}
		else {
			var settings = calendar.settings();
			text.append("ただいま営業時間外です（営業時間: ")
				.append(days(settings.days()))
				.append(" ")
				.append(settings.opens())
				.append("〜")
				.append(settings.closes())
				.append("）。受付は完了しています。")
				.append(WHEN.format(expectedBy.atZone(settings.zone())))
				.append("ごろまでにご連絡します。");
		}
		if (e.notifiedCsm() != null) {
			text.append("担当のカスタマーサクセスにもお知らせしました。");
		}
		return text.toString();
	}

	private static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

	private static String days(List<DayOfWeek> days) {
		if (days.size() == 5 && !days.contains(DayOfWeek.SATURDAY) && !days.contains(DayOfWeek.SUNDAY)) {
			return "平日";
		}
		return days.stream()
			.sorted()
			.map((d) -> d.getDisplayName(TextStyle.SHORT, Locale.JAPAN))
			.collect(Collectors.joining("・"));
	}

}
