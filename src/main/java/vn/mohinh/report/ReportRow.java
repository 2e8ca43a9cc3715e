package vn.mohinh.report;

import java.time.LocalDate;

/** A line of the list of reports. */
record ReportRow(long id, String title, String issuerName, String localityName, ReportKind kind, LocalDate periodFrom,
		LocalDate periodTo, ReportStatus status, String numberText, LocalDate issuedOn) {

	static ReportRow of(Report r) {
		return new ReportRow(r.id(), r.title(), r.issuerName(), r.localityName(), r.kind(), r.periodFrom(), r.periodTo(),
				r.status(), r.numberText(), r.issuedOn());
	}

}
