package vn.mohinh.report;

import java.time.LocalDate;

/** Issuing a draft: the day, who signs, and the version it was read at (also used to refresh a draft). */
class ReportIssueForm {

	private Long version;
	private LocalDate issuedOn;
	private String signerName;

	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public LocalDate getIssuedOn() { return issuedOn; }
	public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
	public String getSignerName() { return signerName; }
	public void setSignerName(String signerName) { this.signerName = signerName; }

}
