package vn.mohinh.meeting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.text.VietnameseText;

/**
 * What a meeting decided someone should do by a date (việc giao): open until done (with the day) or
 * dropped (with a reason). Overdue = open and due before today. Never deleted.
 */
@Entity
@Table(name = "action_item")
@Audited
class ActionItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_item_seq")
	@SequenceGenerator(name = "action_item_seq", sequenceName = "action_item_seq", allocationSize = 50)
	private Long id;

	private Long meetingId;

	private Long organisationId;

	private String scopePath;

	private String body;

	private Long personId;

	private String personName;

	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private ActionItemStatus status;

	private LocalDate doneOn;

	private String dropReason;

	private Long initiativeId;

	private String initiativeName;

	private Instant createdAt;

	@Version
	private long version;

	protected ActionItem() {
	}

	/** Checks the rules of a new item at a meeting held on {@code meetingDate}; every broken one at once. */
	static void check(String body, PersonView person, boolean personOfOrganisation, LocalDate dueDate,
			LocalDate meetingDate) {
		MeetingRuleException.Rules rules = new MeetingRuleException.Rules();
		if (Meeting.blank(body)) {
			rules.reject("body", "actionItem.error.body.required");
		}
		else if (body.strip().length() > 2000) {
			rules.reject("body", "meeting.error.tooLong", 2000);
		}
		if (person == null) {
			rules.reject("personId", "actionItem.error.person.required");
		}
		else if (!personOfOrganisation) {
			rules.reject("personId", "meeting.error.person.foreign");
		}
		if (dueDate == null) {
			rules.reject("dueDate", "actionItem.error.due.required");
		}
		else if (meetingDate != null && dueDate.isBefore(meetingDate)) {
			rules.reject("dueDate", "actionItem.error.due.beforeMeeting");
		}
		rules.throwIfAny();
	}

	static ActionItem decide(Meeting meeting, String body, PersonView person, LocalDate dueDate, Long initiativeId,
			String initiativeName, Instant now) {
		meeting.requireStanding();
		check(body, person, true, dueDate, meeting.date());
		ActionItem item = new ActionItem();
		item.meetingId = meeting.id();
		item.organisationId = meeting.organisationId();
		item.scopePath = meeting.scopePath();
		item.body = VietnameseText.clean(body);
		item.personId = person.id();
		item.personName = person.fullName();
		item.dueDate = dueDate;
		item.status = ActionItemStatus.OPEN;
		item.initiativeId = initiativeId;
		item.initiativeName = initiativeName;
		item.createdAt = now;
		return item;
	}

	/** Done on a day, not before the meeting decided it nor in the future. */
	void complete(LocalDate on, LocalDate meetingDate, LocalDate today) {
		requireOpen();
		if (on == null) {
			throw new MeetingRuleException("doneOn", "actionItem.error.doneOn.required");
		}
		if (on.isBefore(meetingDate) || on.isAfter(today)) {
			throw new MeetingRuleException("doneOn", "actionItem.error.doneOn.range");
		}
		status = ActionItemStatus.DONE;
		doneOn = on;
	}

	void drop(String reason) {
		requireOpen();
		if (Meeting.blank(reason)) {
			throw new MeetingRuleException("reason", "actionItem.error.drop.reason");
		}
		if (reason.strip().length() > 1000) {
			throw new MeetingRuleException("reason", "meeting.error.tooLong", 1000);
		}
		status = ActionItemStatus.DROPPED;
		dropReason = VietnameseText.clean(reason);
	}

	/** Back to open: a mistaken "done" or "dropped" is corrected, not hidden. */
	void reopen() {
		status = ActionItemStatus.OPEN;
		doneOn = null;
		dropReason = null;
	}

	private void requireOpen() {
		if (status != ActionItemStatus.OPEN) {
			throw new MeetingRuleException(null, "actionItem.error.notOpen");
		}
	}

	void requireVersion(long expected) {
		if (expected != version) {
			throw new StaleMeetingException();
		}
	}

	boolean overdueOn(LocalDate day) {
		return status == ActionItemStatus.OPEN && dueDate.isBefore(day);
	}

	Long id() { return id; }
	Long meetingId() { return meetingId; }
	Long organisationId() { return organisationId; }
	String scopePath() { return scopePath; }
	String body() { return body; }
	Long personId() { return personId; }
	String personName() { return personName; }
	LocalDate dueDate() { return dueDate; }
	ActionItemStatus status() { return status; }
	LocalDate doneOn() { return doneOn; }
	String dropReason() { return dropReason; }
	Long initiativeId() { return initiativeId; }
	String initiativeName() { return initiativeName; }
	long version() { return version; }

}
