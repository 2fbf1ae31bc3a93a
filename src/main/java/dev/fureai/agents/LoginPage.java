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

	private static String text(boolean en, String ja, String english) {
		return en ? english : ja;
	}

}
