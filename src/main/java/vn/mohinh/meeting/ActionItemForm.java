package vn.mohinh.meeting;

import java.time.LocalDate;

/** A new action item at a meeting. */
class ActionItemForm {

	private String body;
	private Long personId;
	private LocalDate dueDate;
	private Long initiativeId;

	MeetingService.ItemInput toInput() {
		return new MeetingService.ItemInput(body, personId, dueDate, initiativeId);
	}

	public String getBody() { return body; }
	public void setBody(String body) { this.body = body; }
	public Long getPersonId() { return personId; }
	public void setPersonId(Long personId) { this.personId = personId; }
	public LocalDate getDueDate() { return dueDate; }
	public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
	public Long getInitiativeId() { return initiativeId; }
	public void setInitiativeId(Long initiativeId) { this.initiativeId = initiativeId; }

}
