package vn.mohinh.report;

/** The parts of a periodic report, in their order; headings live in the message files. */
public enum ReportSection {

	/** Đặc điểm tình hình. */
	SITUATION,
	/** Công tác lãnh đạo, chỉ đạo. */
	LEADERSHIP,
	/** Kết quả thực hiện. */
	RESULTS,
	/** Hạn chế, nguyên nhân. */
	WEAKNESSES,
	/** Phương hướng, nhiệm vụ, giải pháp. */
	TASKS,
	/** Đề xuất, kiến nghị. */
	PROPOSALS;

	public String headingKey() {
		return "reporting.section." + name();
	}

	/** The form field (and JSON name) of the section. */
	public String field() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
