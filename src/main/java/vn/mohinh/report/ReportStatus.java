package vn.mohinh.report;

/** A report is drafted, then issued once (numbered and frozen). */
public enum ReportStatus {

	DRAFT, ISSUED;

	public String messageKey() {
		return "reporting.status." + name();
	}

}
