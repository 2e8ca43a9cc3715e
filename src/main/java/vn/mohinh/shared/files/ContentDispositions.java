package vn.mohinh.shared.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Content-Disposition for downloads: an ASCII {@code filename} for old clients and the exact name in
 * RFC 5987 {@code filename*} ("Kế hoạch 43.pdf" arrives as "Kế hoạch 43.pdf").
 */
public final class ContentDispositions {

	private ContentDispositions() {
	}

	/** Offered for saving: documents, exports. */
	public static String attachment(String name) {
		return header("attachment", name);
	}

	/** Shown in the browser where it can be: photos. */
	public static String inline(String name) {
		return header("inline", name);
	}

	private static String header(String disposition, String name) {
		return disposition + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
	}

	static String asciiFallback(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
			.replace('Đ', 'D');
		StringBuilder out = new StringBuilder();
		for (char c : plain.toCharArray()) {
			out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? c : '_');
		}
		return out.toString();
	}

	/** Percent-encodes every byte outside RFC 5987's attr-char set. */
	static String rfc5987(String name) {
		StringBuilder out = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (isAttrChar(c)) {
				out.append((char) c);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

	private static boolean isAttrChar(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
				|| "!#$&+-.^_`|~".indexOf(c) >= 0;
	}

}
