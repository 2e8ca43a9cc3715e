package vn.mohinh.commendation;

/** What the nomination form posts. */
class NominationForm {

	private Long initiativeId;
	private Long evaluationId;
	private Integer year;
	private String reason;

	public Long getInitiativeId() { return initiativeId; }
	public void setInitiativeId(Long initiativeId) { this.initiativeId = initiativeId; }
	public Long getEvaluationId() { return evaluationId; }
	public void setEvaluationId(Long evaluationId) { this.evaluationId = evaluationId; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }

}
