package dev.fureai.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads writers' files strictly as UTF-8: a file saved as Shift_JIS must be reported with
 * the line of the first bad byte, not served as mojibake.
 */
final class Utf8Files {

	static final long ONE_MIB = 1024 * 1024;

	private Utf8Files() {
	}

	/**
	 * The file's text with a leading byte order mark removed and line ends as {@code \n}.
	 */
	static String read(Path file, long maxBytes) throws InvalidContent {
		byte[] bytes = readBytes(file, maxBytes);
		String text = decode(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static byte[] readBytes(Path file, long maxBytes) throws InvalidContent {
		try (InputStream in = Files.newInputStream(file)) {
			// Read one byte past the limit: the size seen when listing may be stale.
			byte[] bytes = in.readNBytes((int) maxBytes + 1);
			if (bytes.length > maxBytes) {
				throw tooLarge(Files.size(file), maxBytes);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	static InvalidContent unreadable(IOException ex) {
		String cause = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return new InvalidContent(0, "ファイルを読めません（" + cause + "）", "cannot read the file (" + cause + ")");
	}

	static InvalidContent tooLarge(long size, long maxBytes) {
		long kib = (size + 1023) / 1024;
		long limit = maxBytes / 1024;
		return new InvalidContent(0, String.format("ファイルが %,d KiB あり、上限の %,d KiB を超えています", kib, limit),
				String.format("the file is %,d KiB, larger than the limit of %,d KiB", kib, limit));
	}

	static String decode(byte[] bytes) throws InvalidContent {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int position = Math.min(in.position(), bytes.length - 1);
			int bad = bytes[position] & 0xFF;
			throw new InvalidContent(lineAt(bytes, position),
					String.format("UTF-8 として読めない文字があります（バイト 0x%02X）。ファイルを UTF-8 で保存してください", bad),
					String.format("not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bad));
		}
		return out.flip().toString();
	}

	private static int lineAt(byte[] bytes, int position) {
		int line = 1;
		for (int i = 0; i < position; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

}
