package vn.mohinh.meeting;

/** Withdrawing a meeting: the reason, and the version the user saw. */
class WithdrawForm {

	private String reason;
	private Long version;

	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
