package dev.fureai.fuzzing;

/**
 * Turns fuzzer bytes into the Java strings an attacker could send. Plain UTF-8 decoding
 * cannot produce lone surrogates (it replaces them), yet a JSON {@code "\ud800"} or a
 * form field can: so three-byte sequences are decoded whatever code unit they encode (the
 * "WTF-8" of browsers), and seed files stay readable UTF-8 text.
 */
public final class FuzzText {

	private FuzzText() {
	}

	/** Decodes leniently: a byte that starts no valid sequence becomes U+FFFD. */
	public static String decode(byte[] bytes) {
		StringBuilder text = new StringBuilder(bytes.length);
		int i = 0;
		while (i < bytes.length) {
			int b = bytes[i] & 0xFF;
			int length = (b < 0x80) ? 1
					: (b >= 0xC2 && b < 0xE0) ? 2 : (b >= 0xE0 && b < 0xF0) ? 3 : (b >= 0xF0 && b < 0xF5) ? 4 : 0;
			if (length == 0 || i + length > bytes.length || !continuations(bytes, i + 1, i + length)) {
				text.append('\uFFFD');
				i++;
				continue;
			}
			int codePoint = (length == 1) ? b : b & (0xFF >> (length + 1));
			for (int j = i + 1; j < i + length; j++) {
				codePoint = (codePoint << 6) | (bytes[j] & 0x3F);
			}
			text.appendCodePoint(Character.isValidCodePoint(codePoint) ? codePoint : 0xFFFD);
			i += length;
		}
		return text.toString();
	}

	private static boolean continuations(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if ((bytes[i] & 0xC0) != 0x80) {
				return false;
			}
		}
		return true;
	}

}
