package dev.fureai.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Per-browser secrets of anonymous visitors: 256 random bits, base64url. Whoever holds
 * the secret owns the visitor's conversations; the server keeps only its hash. A secret
 * of the wrong form is replaced by a new one rather than refused, so a corrupted
 * {@code localStorage} costs the history but never the chat.
 */
final class VisitorSecrets {

	private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private VisitorSecrets() {
	}

	static String issue() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean wellFormed(String secret) {
		return secret != null && FORM.matcher(secret).matches();
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
