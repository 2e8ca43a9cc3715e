package vn.mohinh.meeting;

import java.time.LocalDate;
import java.util.List;

/** What the pages, the API and the export show of meetings, action items and commitments. */
public final class MeetingViews {

	private MeetingViews() {
	}

	public record MeetingRow(long id, LocalDate date, MeetingKind kind, String topic, String organisationName, int present,
			int attendees, boolean withdrawn) {
	}

	public record MeetingCard(long id, long organisationId, String organisationName, boolean partyBody, String scopePath,
			LocalDate date, MeetingKind kind, String topic, String place, String guests, Long chairId, String chairName,
			Long secretaryId, String secretaryName, String agenda, String minutes, List<Attendee> attendees,
			List<String> resolutions, List<DiscussedModel> models, List<ActionItemRow> actionItems,
			String withdrawnReason, boolean withdrawn, long version, boolean canEdit) {

		public long presentCount() {
			return attendees.stream().filter(Attendee::present).count();
		}

		public long getPresentCount() {
			return presentCount();
		}

		/** The agenda and minutes as typed, line by line, for the page. */
		public List<String> getAgendaLines() {
			return agenda == null ? List.of() : agenda.lines().toList();
		}

		public List<String> getMinutesLines() {
			return minutes == null ? List.of() : minutes.lines().toList();
		}

	}

	public record ActionItemRow(long id, long meetingId, LocalDate meetingDate, String organisationName, String body,
			long personId, String personName, LocalDate dueDate, ActionItemStatus status, LocalDate doneOn,
			String dropReason, Long initiativeId, String initiativeName, boolean overdue, long version) {
	}

	/** A member of a cell and their commitment of a year, or none ("chưa đăng ký"). */
	public record MemberCommitment(long personId, String personName, String position, CommitmentCard commitment) {
	}

	public record CommitmentCard(long id, long personId, String personName, long organisationId, String organisationName,
			int year, String items, List<String> itemLines, LocalDate registeredOn, List<Review> reviews, long version) {

		public Review getMidYear() {
			return reviews.stream().filter(r -> r.reviewKind() == ReviewKind.MID_YEAR).findFirst().orElse(null);
		}

		public Review getYearEnd() {
			return reviews.stream().filter(r -> r.reviewKind() == ReviewKind.YEAR_END).findFirst().orElse(null);
		}

	}

	public record MeetingSummaryRow(long id, LocalDate date, String topic) {
	}

	/** A party member without a commitment for the year. */
	public record Gap(long personId, String personName, String position, Long cellId) {
	}

	static ActionItemRow row(ActionItem a, LocalDate meetingDate, String organisationName, LocalDate today) {
		return new ActionItemRow(a.id(), a.meetingId(), meetingDate, organisationName, a.body(), a.personId(),
				a.personName(), a.dueDate(), a.status(), a.doneOn(), a.dropReason(), a.initiativeId(), a.initiativeName(),
				a.overdueOn(today), a.version());
	}

	static CommitmentCard card(Commitment c) {
		return new CommitmentCard(c.id(), c.personId(), c.personName(), c.organisationId(), c.organisationName(), c.year(),
				c.items(), c.itemLines(), c.registeredOn(), c.reviews(), c.version());
	}

}
