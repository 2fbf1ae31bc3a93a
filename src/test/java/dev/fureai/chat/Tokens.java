package dev.fureai.chat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs test JWTs the way a host application would.
 */
final class Tokens {

	static final String SECRET = "test-secret-that-is-long-enough-for-hs256!";

	private Tokens() {
	}

	static String hs256(String subject, Instant expiry) {
		return hs256(subject, expiry, SECRET);
	}

	static String hs256(String subject, Instant expiry, String secret) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(subject, expiry));
			jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String rs256(String subject, Instant expiry, KeyPair keys) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims(subject, expiry));
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static KeyPair rsaKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String pem(KeyPair keys) {
		return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
				+ "\n-----END PUBLIC KEY-----\n";
	}

	private static JWTClaimsSet claims(String subject, Instant expiry) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().expirationTime(Date.from(expiry))
			.issueTime(Date.from(expiry.minusSeconds(7200)));
		return ((subject != null) ? claims.subject(subject) : claims).build();
	}

}
