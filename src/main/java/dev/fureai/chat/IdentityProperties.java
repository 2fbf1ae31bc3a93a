package dev.fureai.chat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How customers of the host application are recognised ({@code fureai.identity.*}). With
 * neither key set, every token is refused and only anonymous visitors can chat.
 *
 * @param jwtSecret the HS256 secret shared with the host application, at least 32 bytes
 * @param jwtPublicKey the host application's RS256 public key, PEM
 * ({@code -----BEGIN PUBLIC KEY-----})
 * @param clockSkew tolerance for {@code exp} and {@code nbf}
 */
@ConfigurationProperties("fureai.identity")
record IdentityProperties(String jwtSecret, String jwtPublicKey, @DefaultValue("60s") Duration clockSkew) {

	IdentityProperties {
		if (jwtSecret != null && jwtSecret.isBlank()) {
			jwtSecret = null;
		}
		if (jwtPublicKey != null && jwtPublicKey.isBlank()) {
			jwtPublicKey = null;
		}
		// HS256 with a short secret can be brute-forced offline from one token
		if (jwtSecret != null && jwtSecret.getBytes(StandardCharsets.UTF_8).length < 32) {
			throw new IllegalArgumentException("fureai.identity.jwt-secret must be at least 32 bytes for HS256");
		}
	}

}
