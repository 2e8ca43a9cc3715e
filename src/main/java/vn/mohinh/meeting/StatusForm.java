package vn.mohinh.meeting;

import java.time.LocalDate;

/** An action item's change of status: done on a day, dropped with a reason, or open again. */
class StatusForm {

	private ActionItemStatus status;
	private LocalDate doneOn;
	private String reason;
	private Long version;

	MeetingService.StatusChange toChange() {
		return new MeetingService.StatusChange(status, doneOn, reason);
	}

	public ActionItemStatus getStatus() { return status; }
	public void setStatus(ActionItemStatus status) { this.status = status; }
	public LocalDate getDoneOn() { return doneOn; }
	public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
