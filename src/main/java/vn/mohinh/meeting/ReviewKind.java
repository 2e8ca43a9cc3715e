package vn.mohinh.meeting;

/** When a commitment is reviewed: at the mid-year (June/July) or the year-end (November/December) meeting. */
public enum ReviewKind {

	MID_YEAR, YEAR_END;

	public String messageKey() {
		return "commitment.review.kind." + name();
	}

}
