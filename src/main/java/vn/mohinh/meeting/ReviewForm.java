package vn.mohinh.meeting;

import java.time.LocalDate;

/** A review of a commitment at a meeting. */
class ReviewForm {

	private ReviewKind kind;
	private Long meetingId;
	private LocalDate reviewedOn;
	private String assessment;
	private ReviewResult result;
	private Long version;

	public ReviewKind getKind() { return kind; }
	public void setKind(ReviewKind kind) { this.kind = kind; }
	public Long getMeetingId() { return meetingId; }
	public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
	public LocalDate getReviewedOn() { return reviewedOn; }
	public void setReviewedOn(LocalDate reviewedOn) { this.reviewedOn = reviewedOn; }
	public String getAssessment() { return assessment; }
	public void setAssessment(String assessment) { this.assessment = assessment; }
	public ReviewResult getResult() { return result; }
	public void setResult(ReviewResult result) { this.result = result; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
