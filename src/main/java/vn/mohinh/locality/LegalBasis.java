package vn.mohinh.locality;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the legal basis of the shipped mapping ("NQ 1677/NQ-UBTVQH15 (2025-06-16) Art.1 cl.77") the
 * way Vietnamese documents cite it ("Nghị quyết số 1677/NQ-UBTVQH15 ngày 16/06/2025, Điều 1 khoản 77").
 */
final class LegalBasis {

	private static final Pattern ACT = Pattern.compile(
			"(NQ|policy) (\\S+) \\((\\d{4})-(\\d{2})-(\\d{2})\\)(?: Art\\.(\\d+) cl\\.(\\d+))?(?: item (\\d+))?");

	private LegalBasis() {
	}

	static String vietnamese(String source) {
		if (source == null || source.isBlank()) {
			return null;
		}
		Matcher m = ACT.matcher(source);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			StringBuilder act = new StringBuilder("Nghị quyết số ").append(m.group(2)).append(" ngày ")
				.append(m.group(5)).append('/').append(m.group(4)).append('/').append(m.group(3));
			if (m.group(6) != null) {
				act.append(", Điều ").append(m.group(6)).append(" khoản ").append(m.group(7));
			}
			if (m.group(8) != null) {
				act.append(", mục ").append(m.group(8));
			}
			m.appendReplacement(out, Matcher.quoteReplacement(act.toString()));
		}
		m.appendTail(out);
		return out.toString();
	}

}
