package dev.fureai;

import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Component;

/**
 * HTTP security for the whole application: deny by default; the public pages, the search
 * API, the chat endpoint (which checks identity itself at STOMP CONNECT) and health are
 * open. Agents' login comes with the agents module.
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

	private final SecurityFilterChain chain;

	WebSecurity(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/index.html", "/search.html", "/*.js", "/*.css", "/favicon.ico", "/webjars/**")
			.permitAll()
			.requestMatchers("/articles/**", "/api/search", "/api/suggest", "/ws", "/ws/**", "/demo/**")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
			.permitAll()
			.anyRequest()
			.denyAll());
		http.headers(
				(headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		// no login form or basic auth until agents sign in; CSRF stays on for any future
		// POST
		http.formLogin((form) -> form.disable()).httpBasic((basic) -> basic.disable());
		this.chain = http.build();
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
