package vn.mohinh.meeting;

/** What a review found. */
public enum ReviewResult {

	/** Đã thực hiện tốt. */
	GOOD,
	/** Đã thực hiện. */
	DONE,
	/** Chưa thực hiện. */
	NOT_DONE;

	public String messageKey() {
		return "commitment.review.result." + name();
	}

}
