package vn.mohinh.meeting;

/** Kinds of meeting; labels live in the message files. */
public enum MeetingKind {

	/** Sinh hoạt thường kỳ (hằng tháng). */
	REGULAR,
	/** Sinh hoạt chuyên đề. */
	THEMATIC;

	public String messageKey() {
		return "meeting.kind." + name();
	}

}
