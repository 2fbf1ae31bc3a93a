package dev.fureai.chat;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CustomerTokensTests {

	private static final KeyPair HOST_KEYS = Tokens.rsaKeys();

	private final CustomerTokens tokens = new CustomerTokens(
			new IdentityProperties(Tokens.SECRET, Tokens.pem(HOST_KEYS), Duration.ofSeconds(60)));

	private final Instant inAnHour = Instant.now().plusSeconds(3600);

	@Test
	void acceptsHs256AndRs256TokensOfTheHostApplication() {
		assertThat(this.tokens.verify(Tokens.hs256("cust-42", this.inAnHour))).isEqualTo("cust-42");
		assertThat(this.tokens.verify(Tokens.rs256("cust-43", this.inAnHour, HOST_KEYS))).isEqualTo("cust-43");
	}

	@Test
	void refusesExpiredTokens() {
		assertRefused(Tokens.hs256("cust-42", Instant.now().minusSeconds(3600)), "expired");
	}

	@Test
	void refusesForgedSignatures() {
		assertRefused(Tokens.hs256("cust-42", this.inAnHour, "another-secret-that-is-long-enough-for-hs256"),
				"bad signature");
		assertRefused(Tokens.rs256("cust-42", this.inAnHour, Tokens.rsaKeys()), "bad signature");
	}

	@Test
	void refusesUnsignedMalformedAndSubjectlessTokens() {
		String unsigned = new com.nimbusds.jwt.PlainJWT(
				new com.nimbusds.jwt.JWTClaimsSet.Builder().subject("cust-42").build())
			.serialize();
		assertRefused(unsigned, "not a signed JWT");
		assertRefused("not.a.jwt", "malformed");
		assertRefused(Tokens.hs256(null, this.inAnHour), "sub");
	}

	@Test
	void anUnknownAlgorithmIsNamedShortly() {
		// found by CustomerTokensFuzzTests: a 5,000-character alg was echoed whole
		String header = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("{\"alg\":\"" + "A".repeat(5000) + "\"}").getBytes());
		assertThatExceptionOfType(ConnectRefused.class).isThrownBy(() -> this.tokens.verify(header + ".e30.c2ln"))
			.satisfies(
					(e) -> assertThat(e.getMessage()).contains("algorithm AAAAAAAAAAAAAAAAAAAA…").hasSizeLessThan(120));
	}

	@Test
	void refusesEveryTokenWhenNoKeyIsConfigured() {
		CustomerTokens unconfigured = new CustomerTokens(new IdentityProperties(null, null, Duration.ZERO));
		assertThatExceptionOfType(ConnectRefused.class)
			.isThrownBy(() -> unconfigured.verify(Tokens.hs256("cust-42", this.inAnHour)))
			.withMessageContaining("HS256 is not accepted");
	}

	@Test
	void aShortSecretIsRejectedAtStartup() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new IdentityProperties("short", null, Duration.ZERO))
			.withMessageContaining("32 bytes");
	}

	private void assertRefused(String token, String reason) {
		assertThatExceptionOfType(ConnectRefused.class).isThrownBy(() -> this.tokens.verify(token))
			.withMessageStartingWith("invalid token: ")
			.withMessageContaining(reason)
			.satisfies((e) -> assertThat(e.getMessage()).doesNotContain(token));
	}

}
