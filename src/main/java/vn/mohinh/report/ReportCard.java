package vn.mohinh.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import vn.mohinh.organisation.OrganisationKind;

/**
 * A report as its pages, its API and its documents show it: what it is about, its sections, and the
 * header and signature of its layout.
 */
record ReportCard(long id, long issuerId, String issuerName, OrganisationKind issuerKind, long localityId,
		String localityName, ReportKind kind, LocalDate periodFrom, LocalDate periodTo, String title,
		List<SectionText> sections, ReportStatus status, String numberText, LocalDate issuedOn, String signerName,
		long version, boolean canEdit, Header header) {

	ReportCard {
		sections = List.copyOf(sections);
	}

	boolean draft() {
		return status == ReportStatus.DRAFT;
	}

	String text(ReportSection section) {
		return sections.stream().filter(s -> s.section() == section).map(SectionText::text).findFirst().orElse("");
	}

	/** A section's text; shown as paragraphs, one per line. */
	record SectionText(ReportSection section, String text) {

		public List<String> paragraphs() {
			return Arrays.stream(text.split("\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
		}

	}

	/**
	 * The official parts around the text, in Vietnamese whatever the reader's language: the layout and
	 * its legal basis, the body above the issuer, the issuer, "Số …", place and date, the signature.
	 */
	record Header(ReportTemplate template, String basis, boolean party, String superior, String issuer, String numberLine,
			String placeAndDate, List<String> signature, String signerName) {

		Header {
			signature = List.copyOf(signature);
		}

	}

}
