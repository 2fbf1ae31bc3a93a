package dev.fureai;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP security for the whole application: deny by default; the public pages, the search
 * API, the chat endpoint (which checks identity itself at STOMP CONNECT) and health are
 * open. Agents' login comes with the agents module.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http) {
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
		return http.build();
	}

}
