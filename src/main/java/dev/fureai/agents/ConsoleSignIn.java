package dev.fureai.agents;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * How the console's form login answers what is not a successful sign-in, for the
 * application's security configuration: a wrong password and signing out go back to the
 * login page in the language it was shown in, and a signed-in account without a CSM role
 * gets a page that says so instead of the container's error page.
 * <p>
 * Static factories rather than beans: the security configuration is also loaded by MVC
 * slice tests, which have no agents module.
 */
public final class ConsoleSignIn {

	/** The id typed before a failed sign-in, shown again (once) in the form. */
	static final String LAST_USERNAME = ConsoleSignIn.class.getName() + ".username";

	/** Longer than any agent id (100): enough to correct a typo, not a store for junk. */
	private static final int MAX_KEPT_USERNAME = 200;

	private ConsoleSignIn() {
	}

	/**
	 * Back to the login page with the error, in the form's language, the id kept in the
	 * session rather than the URL (a password typed into the id field must not land in
	 * the history or access logs).
	 */
	public static AuthenticationFailureHandler failed() {
		return (request, response, exception) -> {
			String username = request.getParameter("username");
			if (username != null) {
				request.getSession()
					.setAttribute(LAST_USERNAME, (username.length() > MAX_KEPT_USERNAME)
							? username.substring(0, MAX_KEPT_USERNAME) : username);
			}
			response.sendRedirect(request.getContextPath() + "/login?error" + langSuffix(request));
		};
	}

	/**
	 * On to the console, in the language of the login page: signed in on the English
	 * page, the console opens in English ({@code /console?lang=en}).
	 */
	public static AuthenticationSuccessHandler signedIn() {
		SimpleUrlAuthenticationSuccessHandler japanese = new SimpleUrlAuthenticationSuccessHandler("/console");
		SimpleUrlAuthenticationSuccessHandler english = new SimpleUrlAuthenticationSuccessHandler("/console?lang=en");
		japanese.setAlwaysUseDefaultTargetUrl(true);
		english.setAlwaysUseDefaultTargetUrl(true);
		return (request, response, authentication) -> ("en".equals(request.getParameter("lang")) ? english : japanese)
			.onAuthenticationSuccess(request, response, authentication);
	}

	/** Back to the login page, in the language the console was shown in. */
	public static LogoutSuccessHandler signedOut() {
		return (request, response, authentication) -> response
			.sendRedirect(request.getContextPath() + "/login?logout" + langSuffix(request));
	}

	/**
	 * The console page for a signed-in account without a CSM role (an admin): a page that
	 * says so, with a way to sign out, still 403. Everything else refused keeps its plain
	 * 403, and a refused CSRF token is not a missing role.
	 */
	public static AccessDeniedHandler noConsole() {
		AccessDeniedHandler plain = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
			boolean consolePage = "/console".equals(path(request)) || "/console.html".equals(path(request));
			if (!consolePage || !HttpMethod.GET.matches(request.getMethod()) || exception instanceof CsrfException
					|| signedIn == null || response.isCommitted()) {
				plain.handle(request, response, exception);
				return;
			}
			CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			String page = LoginPage.noConsolePage(signedIn.getName(), csrf);
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(page);
		};
	}

	/**
	 * The id of the last failed sign-in, removed: shown once, right after the failure.
	 */
	static String takeLastUsername(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Object username = session.getAttribute(LAST_USERNAME);
		session.removeAttribute(LAST_USERNAME);
		return (username instanceof String text) ? text : null;
	}

	private static String langSuffix(HttpServletRequest request) {
		return "en".equals(request.getParameter("lang")) ? "&lang=en" : "";
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
