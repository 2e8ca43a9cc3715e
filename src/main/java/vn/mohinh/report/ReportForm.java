package vn.mohinh.report;

import java.time.LocalDate;

/** The form of a new report: issuer, kind, period, locality (by code, blank for the issuer's) and summary. */
class ReportForm {

	private Long issuerId;
	private ReportKind kind;
	private LocalDate from;
	private LocalDate to;
	private String localityCode;
	private String title;

	ReportService.Request toRequest() {
		return new ReportService.Request(issuerId, kind, from, to, localityCode, title);
	}

	public Long getIssuerId() { return issuerId; }
	public void setIssuerId(Long issuerId) { this.issuerId = issuerId; }
	public ReportKind getKind() { return kind; }
	public void setKind(ReportKind kind) { this.kind = kind; }
	public LocalDate getFrom() { return from; }
	public void setFrom(LocalDate from) { this.from = from; }
	public LocalDate getTo() { return to; }
	public void setTo(LocalDate to) { this.to = to; }
	public String getLocalityCode() { return localityCode; }
	public void setLocalityCode(String localityCode) { this.localityCode = localityCode; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }

}
