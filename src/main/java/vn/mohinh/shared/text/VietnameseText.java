package vn.mohinh.shared.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese text as the product stores, searches and sorts it: NFC for storage, accent- and
 * case-folded keys for search ("dak ruong" finds "Đắk Ruồng"), and collation keys so that the
 * database sorts in Vietnamese order ("Thôn 2" before "Thôn 10", "Đ" after "D").
 */
public final class VietnameseText {

	public static final Locale VI = Locale.forLanguageTag("vi-VN");

	private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
	private static final Pattern SPACES = Pattern.compile("\\s+");
	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private VietnameseText() {
	}

	/** Trims, collapses inner spaces and normalises to NFC; {@code null} stays {@code null}. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
	}

	/** Lower case, no diacritics, "đ" as "d": the key that search compares. */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.strip().toLowerCase(VI), Normalizer.Form.NFD);
		String plain = COMBINING.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'd');
		return SPACES.matcher(plain).replaceAll(" ");
	}

	/** A new Vietnamese collator (collators are not thread-safe). */
	public static Collator collator() {
		Collator collator = Collator.getInstance(VI);
		collator.setStrength(Collator.TERTIARY);
		return collator;
	}

	/** Vietnamese order for in-memory lists of a page's size. */
	public static <T> Comparator<T> comparing(java.util.function.Function<T, String> key) {
		Collator collator = collator();
		return (a, b) -> collator.compare(padNumbers(key.apply(a)), padNumbers(key.apply(b)));
	}

	/**
	 * A string whose plain byte order is the Vietnamese order of {@code text}, numbers compared by
	 * value; stored beside names so that both H2 and PostgreSQL sort with an index.
	 */
	public static String sortKey(String text) {
		byte[] key = collator().getCollationKey(padNumbers(text == null ? "" : text)).toByteArray();
		String hex = HexFormat.of().formatHex(key);
		return hex.length() > 500 ? hex.substring(0, 500) : hex;
	}

	private static String padNumbers(String text) {
		if (text == null) {
			return "";
		}
		Matcher m = DIGITS.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String digits = m.group();
			m.appendReplacement(out, "0".repeat(Math.max(0, 8 - digits.length())) + digits);
		}
		m.appendTail(out);
		return out.toString();
	}

}
