package dev.fureai;

import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

import dev.fureai.agents.ConsoleSignIn;

/**
 * HTTP security for the whole application: deny by default; the public pages, the search
 * API, the customers' chat endpoint (which checks identity itself at STOMP CONNECT) and
 * health are open; the agents' console, their API and their WebSocket endpoint need a CSM
 * role and a session from the form login at {@code /login}. The admin API has its own
 * chain (customers module).
 * <p>
 * A component that is itself the {@link SecurityFilterChain} (rather than a configuration
 * class with a bean method) so that MVC slice tests include it and test the rules the
 * application runs with.
 */
@Component
class WebSecurity implements SecurityFilterChain {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final String[] CSM_ROLES = { "HIGH_TOUCH_CSM", "LOW_TOUCH_CSM" };

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	private final SecurityFilterChain chain;

	WebSecurity(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/index.html", "/search.html", "/*.js", "/*.css", "/favicon.ico", "/webjars/**")
			.permitAll()
			.requestMatchers("/articles/**", "/api/search", "/api/suggest", "/ws", "/demo/**", "/login")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
			.permitAll()
			.requestMatchers("/console", "/console.html", "/api/agent/**", "/ws/agent")
			.hasAnyRole(CSM_ROLES)
			.anyRequest()
			.denyAll());
		http.headers(
				(headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		// agents sign in with a session; CSRF protection stays on for every POST
		// a failed sign-in and signing out keep the login page's language (and the id
		// typed)
		http.formLogin((form) -> form.loginPage("/login")
			.successHandler(ConsoleSignIn.signedIn())
			.failureHandler(ConsoleSignIn.failed())
			.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessHandler(ConsoleSignIn.signedOut()))
			.httpBasic((basic) -> basic.disable());
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint())
			.accessDeniedHandler(ConsoleSignIn.noConsole()));
		this.chain = http.build();
	}

	/**
	 * Someone not signed in: the console's pages go to the login page, the agents' API
	 * and socket answer 401, and everything else stays a plain 403 (no hint that a login
	 * exists).
	 */
	private static AuthenticationEntryPoint entryPoint() {
		RequestMatcher pages = new OrRequestMatcher(PATHS.matcher("/console"), PATHS.matcher("/console.html"));
		RequestMatcher api = new OrRequestMatcher(PATHS.matcher("/api/agent/**"), PATHS.matcher("/ws/agent"));
		AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, exception) -> {
			if (pages.matches(request)) {
				login.commence(request, response, exception);
			}
			else {
				response.sendError(
						api.matches(request) ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
			}
		};
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		return this.chain.matches(request);
	}

	@Override
	public List<Filter> getFilters() {
		return this.chain.getFilters();
	}

}
