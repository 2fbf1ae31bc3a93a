package dev.fureai.agents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one password encoder: bcrypt for new hashes, and every {@code {id}} prefix
 * (including the {@code {noop}} of demo and test settings) when checking.
 */
@Configuration(proxyBeanMethods = false)
class Passwords {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The hash to store for a configured password: plain {noop} ones are hashed. */
	static String storable(String configured, PasswordEncoder encoder) {
		if (configured.startsWith("{noop}")) {
			return encoder.encode(configured.substring("{noop}".length()));
		}
		if (!configured.startsWith("{")) {
			throw new IllegalArgumentException(
					"パスワードは {bcrypt}… か {noop}… の形で設定してください (configure passwords as {bcrypt}… or {noop}…)");
		}
		return configured;
	}

}
