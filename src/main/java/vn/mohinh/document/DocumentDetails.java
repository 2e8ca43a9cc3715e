package vn.mohinh.document;

import java.text.Normalizer;
import java.time.LocalDate;

import vn.mohinh.shared.text.VietnameseText;

/**
 * What a document says about itself, checked on construction: the year is required and agrees with
 * the day of issue when both are known (the 2021 campaign has a year but no known day).
 */
record DocumentDetails(DocumentKind kind, String number, LocalDate issuedOn, Integer year, String issuer, String title,
		String summary) {

	static final int FIRST_YEAR = 1930;
	static final int LAST_YEAR = 2100;

	DocumentDetails {
		number = blankToNull(VietnameseText.clean(number));
		issuer = VietnameseText.clean(issuer);
		title = VietnameseText.clean(title);
		// The summary keeps its line breaks, so it is not collapsed like the one-line fields.
		summary = blankToNull(summary == null ? null : Normalizer.normalize(summary.strip(), Normalizer.Form.NFC));
		if (kind == null) {
			throw new DocumentRuleException("kind", "document.error.kind.required");
		}
		if (year == null) {
			throw new DocumentRuleException("year", "document.error.year.required");
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new DocumentRuleException("year", "document.error.year.range", FIRST_YEAR, LAST_YEAR);
		}
		if (issuedOn != null && issuedOn.getYear() != year) {
			throw new DocumentRuleException("year", "document.error.year.mismatch", issuedOn.getYear());
		}
		if (issuer == null || issuer.isEmpty()) {
			throw new DocumentRuleException("issuer", "document.error.issuer.required");
		}
		if (title == null || title.isEmpty()) {
			throw new DocumentRuleException("title", "document.error.title.required");
		}
	}

	/** "05-CT/TW", "05 - ct/tw" and "05-CT/TW " are one number. */
	String numberKey() {
		return number == null ? null : VietnameseText.fold(number).replace(" ", "");
	}

	String issuerKey() {
		return VietnameseText.fold(issuer);
	}

	/** A day inside the document's time, to ask which locality a code meant then. */
	LocalDate referenceDay() {
		return issuedOn != null ? issuedOn : LocalDate.of(year, 1, 1);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
