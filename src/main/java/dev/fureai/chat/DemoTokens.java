package dev.fureai.chat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plays the host application for the demo page: signs a short-lived customer JWT for one
 * of three demo customers, one per tier. Exists only with the {@code demo} profile (on
 * for {@code ./mvnw spring-boot:run}); anywhere else customers' tokens come from the host
 * application only.
 */
@RestController
@Profile("demo")
class DemoTokens {

	/** The ids of the demo directory ({@code demo/customers.csv}), one per tier. */
	static final Map<String, String> CUSTOMERS = Map.of("tech", "demo-tech", "low", "demo-low", "high", "demo-high");

	private static final Duration LIFETIME = Duration.ofHours(1);

	private final MACSigner signer;

	DemoTokens(IdentityProperties identity) throws JOSEException {
		if (identity.jwtSecret() == null) {
			throw new IllegalStateException("the demo profile needs fureai.identity.jwt-secret");
		}
		this.signer = new MACSigner(identity.jwtSecret().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/demo/token")
	ResponseEntity<Map<String, String>> token(@RequestParam String tier) throws JOSEException {
		String customer = CUSTOMERS.get(tier);
		if (customer == null) {
			// in the body: Spring Boot's error page would not show a reason
			return ResponseEntity.badRequest()
				.body(Map.of("error", "tier は tech、low、high のどれかです (tier must be tech, low or high)"));
		}
		Instant now = Instant.now();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
				new JWTClaimsSet.Builder().subject(customer)
					.issueTime(Date.from(now))
					.expirationTime(Date.from(now.plus(LIFETIME)))
					.build());
		jwt.sign(this.signer);
		return ResponseEntity.ok(Map.of("token", jwt.serialize(), "customerId", customer, "tier", tier));
	}

}
