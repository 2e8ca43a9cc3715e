package vn.mohinh.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.mohinh.organisation.PersonView;

/** What the meeting form posts; the attendance has one row per person of the organisation. */
class MeetingForm {

	private Long organisationId;
	private LocalDate date;
	private MeetingKind kind;
	private String topic;
	private String place;
	private String guests;
	private Long chairId;
	private Long secretaryId;
	private String agenda;
	private String minutes;
	private List<AttendeeRow> attendees = new ArrayList<>();
	private String resolutions;
	private List<Long> modelIds = new ArrayList<>();
	private Long version;

	/** One person's attendance; the name is carried along so that a refused form shows it again. */
	static class AttendeeRow {

		private Long personId;
		private String personName;
		private boolean present;
		private String absenceReason;

		AttendeeRow() {
		}

		AttendeeRow(Long personId, String personName, boolean present, String absenceReason) {
			this.personId = personId;
			this.personName = personName;
			this.present = present;
			this.absenceReason = absenceReason;
		}

		public Long getPersonId() { return personId; }
		public void setPersonId(Long personId) { this.personId = personId; }
		public String getPersonName() { return personName; }
		public void setPersonName(String personName) { this.personName = personName; }
		public boolean isPresent() { return present; }
		public void setPresent(boolean present) { this.present = present; }
		public String getAbsenceReason() { return absenceReason; }
		public void setAbsenceReason(String absenceReason) { this.absenceReason = absenceReason; }

	}

	Meeting.Record toRecord(List<DiscussedModel> models) {
		List<Meeting.AttendanceInput> attendance = attendees.stream()
			.map(a -> new Meeting.AttendanceInput(a.getPersonId(), a.isPresent(), a.getAbsenceReason())).toList();
		List<String> lines = resolutions == null ? List.of() : resolutions.lines().map(MeetingForm::unnumber).toList();
		return new Meeting.Record(date, kind, topic, place, guests, chairId, secretaryId, agenda, minutes, attendance,
				lines, models);
	}

	/** "1. Text" or "1) Text" typed by habit: the number is given by the position. */
	static String unnumber(String line) {
		return line.strip().replaceFirst("^\\d+\\s*[.)]\\s*", "");
	}

	static MeetingForm of(long organisationId, Meeting.Record r, List<PersonView> people) {
		MeetingForm f = new MeetingForm();
		f.organisationId = organisationId;
		f.date = r.date();
		f.kind = r.kind();
		f.topic = r.topic();
		f.place = r.place();
		f.guests = r.guests();
		f.chairId = r.chairId();
		f.secretaryId = r.secretaryId();
		f.agenda = r.agenda();
		f.minutes = r.minutes();
		for (Meeting.AttendanceInput a : r.attendance()) {
			String name = people.stream().filter(p -> p.id() == a.personId()).map(PersonView::fullName).findFirst().orElse("");
			f.attendees.add(new AttendeeRow(a.personId(), name, a.present(), a.absenceReason()));
		}
		f.resolutions = numbered(r.resolutions());
		f.modelIds = new ArrayList<>(r.models().stream().map(DiscussedModel::initiativeId).toList());
		return f;
	}

	static MeetingForm of(MeetingViews.MeetingCard c) {
		MeetingForm f = new MeetingForm();
		f.organisationId = c.organisationId();
		f.date = c.date();
		f.kind = c.kind();
		f.topic = c.topic();
		f.place = c.place();
		f.guests = c.guests();
		f.chairId = c.chairId();
		f.secretaryId = c.secretaryId();
		f.agenda = c.agenda();
		f.minutes = c.minutes();
		c.attendees().forEach(a -> f.attendees.add(new AttendeeRow(a.personId(), a.personName(), a.present(), a.absenceReason())));
		f.resolutions = numbered(c.resolutions());
		f.modelIds = new ArrayList<>(c.models().stream().map(DiscussedModel::initiativeId).toList());
		f.version = c.version();
		return f;
	}

	private static String numbered(List<String> lines) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			s.append(i + 1).append(". ").append(lines.get(i)).append(i + 1 < lines.size() ? "\n" : "");
		}
		return s.toString();
	}

	public Long getOrganisationId() { return organisationId; }
	public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public MeetingKind getKind() { return kind; }
	public void setKind(MeetingKind kind) { this.kind = kind; }
	public String getTopic() { return topic; }
	public void setTopic(String topic) { this.topic = topic; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public String getGuests() { return guests; }
	public void setGuests(String guests) { this.guests = guests; }
	public Long getChairId() { return chairId; }
	public void setChairId(Long chairId) { this.chairId = chairId; }
	public Long getSecretaryId() { return secretaryId; }
	public void setSecretaryId(Long secretaryId) { this.secretaryId = secretaryId; }
	public String getAgenda() { return agenda; }
	public void setAgenda(String agenda) { this.agenda = agenda; }
	public String getMinutes() { return minutes; }
	public void setMinutes(String minutes) { this.minutes = minutes; }
	public List<AttendeeRow> getAttendees() { return attendees; }
	public void setAttendees(List<AttendeeRow> attendees) { this.attendees = attendees; }
	public String getResolutions() { return resolutions; }
	public void setResolutions(String resolutions) { this.resolutions = resolutions; }
	public List<Long> getModelIds() { return modelIds; }
	public void setModelIds(List<Long> modelIds) { this.modelIds = modelIds; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
