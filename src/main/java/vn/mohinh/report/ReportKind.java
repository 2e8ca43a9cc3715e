package vn.mohinh.report;

/** Kinds of periodic report; labels live in the message files. */
public enum ReportKind {

	MONTHLY, QUARTERLY, SIX_MONTHLY, YEARLY,
	/** Báo cáo sơ kết: a review half-way through a plan. */
	PRELIMINARY_REVIEW,
	/** Báo cáo tổng kết: the review at a plan's end. */
	FINAL_REVIEW,
	CUSTOM;

	public String messageKey() {
		return "reporting.kind." + name();
	}

}
