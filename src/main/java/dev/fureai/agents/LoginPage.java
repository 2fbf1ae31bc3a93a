package dev.fureai.agents;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The agents' sign-in page, Japanese first ({@code ?lang=en} for English). Rendered here
 * rather than served as a file because the form must carry the CSRF token; no script, so
 * the strict Content-Security-Policy needs no exception.
 */
@Controller
class LoginPage {

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String page(CsrfToken csrf, HttpServletRequest request, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String error, @RequestParam(required = false) String logout) {
		boolean en = "en".equals(lang);
		String notice = (error != null) ? text(en, "IDまたはパスワードが違います。", "Wrong id or password.")
				: (logout != null) ? text(en, "ログアウトしました。", "You are signed out.") : null;
		// taken on every visit, so the id is offered right after the failure only
		String lastUsername = ConsoleSignIn.takeLastUsername(request);
		String username = (error != null && lastUsername != null) ? lastUsername : "";
		// the form says its language, so a failed sign-in comes back to the same one
		String langField = en ? "<input type=\"hidden\" name=\"lang\" value=\"en\">" : "";
		return """
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title><link rel="stylesheet" href="/console.css"></head>
				<body class="login"><main class="login-box">
				<h1>%s</h1>%s
				<form method="post" action="/login">
				<label>%s<input name="username" id="username" autocomplete="username" required value="%s"%s></label>
				<label>%s<input name="password" id="password" type="password" autocomplete="current-password" required%s></label>
				<input type="hidden" name="%s" value="%s">%s
				<button type="submit" id="sign-in">%s</button>
				</form>
				<p class="lang"><a href="%s">%s</a></p>
				</main></body></html>
				"""
			.formatted(en ? "en" : "ja", text(en, "ふれあい 担当者ログイン", "Fureai agent sign-in"),
					text(en, "担当者ログイン", "Agent sign-in"),
					(notice != null) ? "<p class=\"notice\" role=\"alert\">" + HtmlUtils.htmlEscape(notice) + "</p>"
							: "",
					text(en, "担当者ID", "Agent id"), HtmlUtils.htmlEscape(username),
					username.isEmpty() ? " autofocus" : "", text(en, "パスワード", "Password"),
					username.isEmpty() ? "" : " autofocus", HtmlUtils.htmlEscape(csrf.getParameterName()),
					HtmlUtils.htmlEscape(csrf.getToken()), langField, text(en, "ログイン", "Sign in"),
					en ? "/login" : "/login?lang=en", en ? "日本語" : "English");
	}

	/**
	 * What a signed-in account without a CSM role (an admin) sees at {@code /console}:
	 * both languages, since nothing says which one they read, and a way to sign out.
	 */
	static String noConsolePage(String account, CsrfToken csrf) {
		String signOut = (csrf != null) ? """
				<form method="post" action="/logout">
				<input type="hidden" name="%s" value="%s">
				<button type="submit" id="sign-out">ログアウト / Sign out</button>
				</form>
				""".formatted(HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()))
				: "";
		return """
				<!DOCTYPE html>
				<html lang="ja"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>担当者コンソールを使えません / No console access</title><link rel="stylesheet" href="/console.css"></head>
				<body class="login"><main class="login-box">
				<h1>担当者コンソールを使えません</h1>
				<p>アカウント「%s」には担当者（CSM）のロールがありません。コンソールを使うには、ハイタッチまたはロータッチの担当者ロールのあるアカウントでログインしてください。</p>
				<h2 lang="en">No console access</h2>
				<p lang="en">The account “%s” has no CSM role. Sign in with an account that has the high-touch or low-touch CSM role to use the console.</p>
				%s</main></body></html>
				"""
			.formatted(HtmlUtils.htmlEscape(account), HtmlUtils.htmlEscape(account), signOut);
	}

	private static String text(boolean en, String ja, String english) {
		return en ? english : ja;
	}

}
