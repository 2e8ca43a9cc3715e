package vn.mohinh.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.text.VietnameseText;

/**
 * A meeting of an organisation (sinh hoạt chi bộ for a Party cell): when, what kind, who attended
 * (every person of the organisation, present or absent with a reason), the chair and the secretary,
 * agenda, minutes, numbered resolutions and the models discussed. Never deleted: withdrawn with a
 * reason, so that reports citing it still find it.
 */
@Entity
@Table(name = "meeting")
@Audited
class Meeting {

	static final int MAX_TEXT = 4000;
	static final int MAX_MINUTES = 8000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
	@SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
	private Long id;

	private Long organisationId;

	private String organisationName;

	private boolean partyBody;

	private String scopePath;

	@Column(name = "meeting_date")
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	private String topic;

	private String place;

	private String guests;

	private Long chairId;

	private String chairName;

	private Long secretaryId;

	private String secretaryName;

	private String agenda;

	private String minutes;

	@ElementCollection
	@CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<Attendee> attendees = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "meeting_resolution", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	@Column(name = "body")
	@BatchSize(size = 50)
	private List<String> resolutions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "meeting_model", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<DiscussedModel> models = new ArrayList<>();

	private String withdrawnReason;

	private Instant withdrawnAt;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected Meeting() {
	}

	/** What the secretary records; attendance rows name people, checked against the organisation's. */
	record Record(LocalDate date, MeetingKind kind, String topic, String place, String guests, Long chairId,
			Long secretaryId, String agenda, String minutes, List<AttendanceInput> attendance, List<String> resolutions,
			List<DiscussedModel> models) {

		Record {
			attendance = attendance == null ? List.of() : List.copyOf(attendance);
			resolutions = resolutions == null ? List.of() : resolutions.stream()
				.map(VietnameseText::clean).filter(r -> r != null && !r.isBlank()).toList();
			models = models == null ? List.of() : List.copyOf(models);
		}

	}

	/** One row of the attendance: a person, present or not, the reason of an absence. */
	record AttendanceInput(Long personId, boolean present, String absenceReason) {
	}

	static Meeting hold(OrganisationView organisation, Record record, List<PersonView> people, String username,
			Instant now) {
		Meeting meeting = new Meeting();
		meeting.organisationId = organisation.id();
		meeting.organisationName = organisation.name();
		meeting.partyBody = organisation.kind().isPartyCell()
				|| organisation.kind() == vn.mohinh.organisation.OrganisationKind.PARTY_COMMITTEE
				|| organisation.kind() == vn.mohinh.organisation.OrganisationKind.PARTY_STANDING_COMMITTEE;
		meeting.scopePath = organisation.scopePath();
		meeting.createdAt = now;
		meeting.createdBy = username;
		meeting.apply(record, people, now);
		return meeting;
	}

	/** Checks a record against the rules without changing anything; throws every broken rule at once. */
	static void check(Record record, List<PersonView> people) {
		MeetingRuleException.Rules rules = new MeetingRuleException.Rules();
		if (record.date() == null) {
			rules.reject("date", "meeting.error.date.required");
		}
		if (record.kind() == null) {
			rules.reject("kind", "meeting.error.kind.required");
		}
		if (blank(record.topic())) {
			rules.reject("topic", "meeting.error.topic.required");
		}
		else if (record.topic().length() > 500) {
			rules.reject("topic", "meeting.error.tooLong", 500);
		}
		tooLong(rules, "place", record.place(), 300);
		tooLong(rules, "guests", record.guests(), 1000);
		tooLong(rules, "agenda", record.agenda(), MAX_TEXT);
		tooLong(rules, "minutes", record.minutes(), MAX_MINUTES);
		Set<Long> known = new HashSet<>(people.stream().map(PersonView::id).toList());
		if (record.chairId() != null && !known.contains(record.chairId())) {
			rules.reject("chairId", "meeting.error.person.foreign");
		}
		if (record.secretaryId() != null && !known.contains(record.secretaryId())) {
			rules.reject("secretaryId", "meeting.error.person.foreign");
		}
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < record.attendance().size(); i++) {
			AttendanceInput a = record.attendance().get(i);
			String field = "attendees[" + i + "].personId";
			if (a.personId() == null || !known.contains(a.personId())) {
				rules.reject(field, "meeting.error.attendee.foreign");
			}
			else if (!seen.add(a.personId())) {
				rules.reject(field, "meeting.error.attendee.twice");
			}
			if (a.absenceReason() != null && a.absenceReason().length() > 500) {
				rules.reject("attendees[" + i + "].absenceReason", "meeting.error.tooLong", 500);
			}
		}
		for (String r : record.resolutions()) {
			if (r.length() > 2000) {
				rules.reject("resolutions", "meeting.error.tooLong", 2000);
			}
		}
		rules.throwIfAny();
	}

	void revise(Record record, List<PersonView> people, Instant now) {
		requireStanding();
		apply(record, people, now);
	}

	private void apply(Record record, List<PersonView> people, Instant now) {
		check(record, people);
		date = record.date();
		kind = record.kind();
		topic = VietnameseText.clean(record.topic());
		place = clean(record.place());
		guests = clean(record.guests());
		agenda = clean(record.agenda());
		minutes = clean(record.minutes());
		chairId = record.chairId();
		chairName = nameOf(record.chairId(), people);
		secretaryId = record.secretaryId();
		secretaryName = nameOf(record.secretaryId(), people);
		attendees.clear();
		for (AttendanceInput a : record.attendance()) {
			attendees.add(new Attendee(a.personId(), nameOf(a.personId(), people), a.present(),
					a.present() ? null : clean(a.absenceReason())));
		}
		resolutions.clear();
		resolutions.addAll(record.resolutions());
		models.clear();
		record.models().stream().distinct().forEach(models::add);
		updatedAt = now;
	}

	/** Withdrawn, not deleted: it stays in the history with its reason and leaves the lists' counts. */
	void withdraw(String reason, Instant now) {
		requireStanding();
		if (blank(reason)) {
			throw new MeetingRuleException("reason", "meeting.error.withdraw.reason");
		}
		tooLongOrThrow("reason", reason, 1000);
		withdrawnReason = VietnameseText.clean(reason);
		withdrawnAt = now;
		updatedAt = now;
	}

	void requireStanding() {
		if (withdrawnAt != null) {
			throw new MeetingRuleException(null, "meeting.error.withdrawn");
		}
	}

	void requireVersion(long expected) {
		if (expected != version) {
			throw new StaleMeetingException();
		}
	}

	boolean withdrawn() {
		return withdrawnAt != null;
	}

	private static String nameOf(Long personId, List<PersonView> people) {
		if (personId == null) {
			return null;
		}
		return people.stream().filter(p -> p.id() == personId).map(PersonView::fullName).findFirst().orElse(null);
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String clean(String text) {
		return blank(text) ? null : text.strip();
	}

	private static void tooLong(MeetingRuleException.Rules rules, String field, String text, int max) {
		if (text != null && text.strip().length() > max) {
			rules.reject(field, "meeting.error.tooLong", max);
		}
	}

	private static void tooLongOrThrow(String field, String text, int max) {
		if (text != null && text.strip().length() > max) {
			throw new MeetingRuleException(field, "meeting.error.tooLong", max);
		}
	}

	Long id() { return id; }
	Long organisationId() { return organisationId; }
	String organisationName() { return organisationName; }
	boolean partyBody() { return partyBody; }
	String scopePath() { return scopePath; }
	LocalDate date() { return date; }
	MeetingKind kind() { return kind; }
	String topic() { return topic; }
	String place() { return place; }
	String guests() { return guests; }
	Long chairId() { return chairId; }
	String chairName() { return chairName; }
	Long secretaryId() { return secretaryId; }
	String secretaryName() { return secretaryName; }
	String agenda() { return agenda; }
	String minutes() { return minutes; }
	List<Attendee> attendees() { return List.copyOf(attendees); }
	List<String> resolutions() { return List.copyOf(resolutions); }
	List<DiscussedModel> models() { return List.copyOf(models); }
	String withdrawnReason() { return withdrawnReason; }
	Instant withdrawnAt() { return withdrawnAt; }
	long version() { return version; }

}
