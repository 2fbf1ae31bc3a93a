package dev.fureai.customers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Guards {@code /api/admin/**}: HTTP Basic, the admin role, nothing else. Users come from
 * the application's {@link UserDetailsService} (the agents module's, which includes the
 * admin of {@link AdminProperties}); without one (this module alone) only that admin
 * exists. Either way only the admin role opens this API. CSRF protection is off here
 * only: the API is stateless (no session, no cookie), so a browser cannot be tricked into
 * sending its credentials.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain adminApi(HttpSecurity http, AdminProperties admin, ObjectProvider<UserDetailsService> directory)
			throws Exception {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(
				directory.getIfAvailable(() -> adminOnly(admin)));
		provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return http.securityMatcher("/api/admin/**")
			.authenticationManager(new ProviderManager(provider))
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole("ADMIN"))
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	private static UserDetailsService adminOnly(AdminProperties admin) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		if (admin.configured()) {
			users.createUser(User.withUsername(admin.username()).password(admin.password()).roles("ADMIN").build());
		}
		return users;
	}

}
