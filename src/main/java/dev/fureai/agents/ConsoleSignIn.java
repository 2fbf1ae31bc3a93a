package dev.fureai.agents;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * How the console's form login answers what is not a successful sign-in, for the
 * application's security configuration: a wrong password and signing out go back to the
 * login page in the language it was shown in.
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

	/** Back to the login page, in the language the console was shown in. */
	public static LogoutSuccessHandler signedOut() {
		return (request, response, authentication) -> response
			.sendRedirect(request.getContextPath() + "/login?logout" + langSuffix(request));
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

}
