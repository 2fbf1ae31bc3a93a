package dev.fureai.chat;

import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;

/**
 * Verifies the host application's customer JWTs (HS256 or RS256) and returns the customer
 * id ({@code sub}). Every refusal says why, in words a host developer can act on, and
 * never echoes the token.
 */
final class CustomerTokens {

	private static final int MAX_SUBJECT_LENGTH = 200;

	private final JwtDecoder hs256;

	private final JwtDecoder rs256;

	CustomerTokens(IdentityProperties properties) {
		JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
		this.hs256 = (properties.jwtSecret() != null) ? hs256(properties.jwtSecret(), timestamps) : null;
		this.rs256 = (properties.jwtPublicKey() != null) ? rs256(properties.jwtPublicKey(), timestamps) : null;
	}

	String verify(String token) {
		JwtDecoder decoder = decoderFor(token);
		try {
			Jwt jwt = decoder.decode(token);
			String subject = jwt.getSubject();
			if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
				throw refused("no usable sub claim — sub (顧客ID) がありません");
			}
			return subject;
		}
		catch (JwtValidationException ex) {
			boolean expired = ex.getErrors()
				.stream()
				.anyMatch((e) -> String.valueOf(e.getDescription()).contains("expired"));
			throw refused(expired ? "expired — トークンの有効期限が切れています" : "not valid now (nbf) — トークンはまだ有効ではありません");
		}
		catch (BadJwtException ex) {
			boolean signature = String.valueOf(ex.getMessage()).toLowerCase().contains("signature");
			throw refused(signature ? "bad signature — 署名を検証できません" : "malformed — トークンの形式が正しくありません");
		}
		catch (JwtException ex) {
			throw refused("cannot be verified — トークンを検証できません");
		}
	}

	private JwtDecoder decoderFor(String token) {
		JWSAlgorithm algorithm;
		try {
			if (!(JWTParser.parse(token) instanceof SignedJWT signed)) {
				throw refused("not a signed JWT — 署名付き JWT ではありません");
			}
			algorithm = signed.getHeader().getAlgorithm();
		}
		catch (ParseException ex) {
			throw refused("malformed — トークンの形式が正しくありません");
		}
		JwtDecoder decoder = JWSAlgorithm.HS256.equals(algorithm) ? this.hs256
				: JWSAlgorithm.RS256.equals(algorithm) ? this.rs256 : null;
		if (decoder == null) {
			throw refused("algorithm " + printable(algorithm.getName()) + " is not accepted here — このアルゴリズムは受け付けていません");
		}
		return decoder;
	}

	/**
	 * The header's algorithm name is the sender's text: a few printable characters of it,
	 * so an ERROR frame never carries kilobytes of it (found by fuzzing).
	 */
	private static String printable(String name) {
		String shown = name.codePoints()
			.limit(20)
			.map((c) -> (c >= 0x21 && c < 0x7F) ? c : '?')
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (name.length() > 20) ? shown + "…" : shown;
	}

	private static ConnectRefused refused(String reason) {
		return new ConnectRefused("invalid token: " + reason);
	}

	private static JwtDecoder hs256(String secret, JwtTimestampValidator timestamps) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder
			.withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps));
		return decoder;
	}

	private static JwtDecoder rs256(String pem, JwtTimestampValidator timestamps) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(pem)).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps));
		return decoder;
	}

	static RSAPublicKey publicKey(String pem) {
		String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
		try {
			return (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("fureai.identity.jwt-public-key is not a PEM RSA public key", ex);
		}
	}

}
