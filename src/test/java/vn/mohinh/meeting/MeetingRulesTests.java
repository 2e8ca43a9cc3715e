package vn.mohinh.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mohinh.organisation.Gender;
import vn.mohinh.organisation.OrganisationKind;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PersonView;

/** The domain rules of meetings, action items and commitments, without the application. */
class MeetingRulesTests {

	static final OrganisationView CELL = new OrganisationView(1, "Chi bộ Thử", OrganisationKind.PARTY_CELL, 9, "/1/9/", null,
			null, null);
	static final PersonView NHUNG = person(11, "Nguyễn Thị Nhung");
	static final PersonView HA = person(12, "Trần Thị Hà");
	static final PersonView STRANGER = person(99, "Người ngoài");

	static PersonView person(long id, String name) {
		return new PersonView(id, name, Gender.FEMALE, 1980, "Kinh", false, true, 1L, null, 1, "/1/9/", true);
	}

	static Meeting.Record record(LocalDate date, List<Meeting.AttendanceInput> attendance) {
		return new Meeting.Record(date, MeetingKind.REGULAR, "Sinh hoạt tháng", null, null, NHUNG.id(), HA.id(), null, null,
				attendance, List.of("Một", " ", "Hai"), List.of());
	}

	@Test
	void aMeetingKeepsItsAttendanceAndNumberedResolutionsAndCopiesThePartyLayout() {
		Meeting m = Meeting.hold(CELL, record(LocalDate.of(2020, 1, 5), List.of(new Meeting.AttendanceInput(11L, true, null),
				new Meeting.AttendanceInput(12L, false, "Đi công tác"))), List.of(NHUNG, HA), "bithu", Instant.now());
		assertThat(m.partyBody()).isTrue();
		assertThat(m.scopePath()).isEqualTo("/1/9/");
		assertThat(m.resolutions()).containsExactly("Một", "Hai");
		assertThat(m.attendees()).extracting(Attendee::personName).containsExactly("Nguyễn Thị Nhung", "Trần Thị Hà");
		assertThat(m.attendees().get(1).absenceReason()).isEqualTo("Đi công tác");
		assertThat(m.chairName()).isEqualTo("Nguyễn Thị Nhung");
	}

	@Test
	void anAttendeeOrChairFromAnotherOrganisationIsRefusedByTheField() {
		Meeting.Record bad = new Meeting.Record(LocalDate.of(2020, 1, 5), MeetingKind.REGULAR, " ", null, null, STRANGER.id(),
				null, null, null, List.of(new Meeting.AttendanceInput(11L, true, null), new Meeting.AttendanceInput(99L, true, null),
						new Meeting.AttendanceInput(11L, true, null)), List.of(), List.of());
		assertThatThrownBy(() -> Meeting.check(bad, List.of(NHUNG, HA))).isInstanceOfSatisfying(MeetingRuleException.class,
				ex -> assertThat(ex.violations()).extracting(MeetingRuleException.Violation::field)
					.contains("topic", "chairId", "attendees[1].personId", "attendees[2].personId"));
	}

	@Test
	void aWithdrawnMeetingNeedsAReasonAndCannotChangeAfterwards() {
		Meeting m = Meeting.hold(CELL, record(LocalDate.of(2020, 1, 5), List.of()), List.of(NHUNG, HA), "bithu", Instant.now());
		assertThatThrownBy(() -> m.withdraw(" ", Instant.now())).isInstanceOf(MeetingRuleException.class);
		m.withdraw("Ghi nhầm", Instant.now());
		assertThat(m.withdrawn()).isTrue();
		assertThatThrownBy(() -> m.revise(record(LocalDate.of(2020, 1, 6), List.of()), List.of(NHUNG), Instant.now()))
			.isInstanceOf(MeetingRuleException.class);
	}

	@Test
	void anActionItemIsDueNoEarlierThanTheMeetingAndEndsDoneOrDroppedWithAReason() {
		Meeting m = Meeting.hold(CELL, record(LocalDate.of(2020, 1, 5), List.of()), List.of(NHUNG, HA), "bithu", Instant.now());
		assertThatThrownBy(() -> ActionItem.decide(m, "Việc", NHUNG, LocalDate.of(2020, 1, 4), null, null, Instant.now()))
			.isInstanceOfSatisfying(MeetingRuleException.class,
					ex -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("actionItem.error.due.beforeMeeting"));
		assertThatThrownBy(() -> ActionItem.check("Việc", STRANGER, false, LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 5)))
			.isInstanceOfSatisfying(MeetingRuleException.class,
					ex -> assertThat(ex.violations().get(0).field()).isEqualTo("personId"));
		ActionItem a = ActionItem.decide(m, "Việc", NHUNG, LocalDate.of(2020, 1, 31), null, null, Instant.now());
		assertThat(a.overdueOn(LocalDate.of(2020, 2, 1))).isTrue();
		assertThat(a.overdueOn(LocalDate.of(2020, 1, 31))).isFalse();
		assertThatThrownBy(() -> a.complete(LocalDate.of(2020, 1, 1), m.date(), LocalDate.of(2020, 3, 1)))
			.isInstanceOf(MeetingRuleException.class);
		assertThatThrownBy(() -> a.drop("")).isInstanceOf(MeetingRuleException.class);
		a.complete(LocalDate.of(2020, 1, 30), m.date(), LocalDate.of(2020, 3, 1));
		assertThat(a.status()).isEqualTo(ActionItemStatus.DONE);
		assertThat(a.overdueOn(LocalDate.of(2020, 2, 1))).isFalse();
		assertThatThrownBy(() -> a.drop("Thôi")).isInstanceOf(MeetingRuleException.class);
		a.reopen();
		a.drop("Không còn cần");
		assertThat(a.dropReason()).isEqualTo("Không còn cần");
	}

	@Test
	void aCommitmentIsReviewedOncePerKindWithinItsYear() {
		Commitment c = Commitment.register(NHUNG, CELL, 2021, "Việc một\n\nViệc hai", LocalDate.of(2021, 1, 20), Instant.now());
		assertThat(c.itemLines()).containsExactly("Việc một", "Việc hai");
		assertThatThrownBy(() -> c.review(ReviewKind.MID_YEAR, null, LocalDate.of(2022, 7, 5), null, ReviewResult.GOOD))
			.isInstanceOf(MeetingRuleException.class);
		c.review(ReviewKind.YEAR_END, null, LocalDate.of(2021, 12, 5), "Tốt", ReviewResult.GOOD);
		c.review(ReviewKind.MID_YEAR, null, LocalDate.of(2021, 7, 5), null, ReviewResult.DONE);
		c.review(ReviewKind.MID_YEAR, null, LocalDate.of(2021, 7, 6), null, ReviewResult.GOOD);
		assertThat(c.reviews()).extracting(Review::reviewKind).containsExactly(ReviewKind.MID_YEAR, ReviewKind.YEAR_END);
		assertThat(c.reviews().get(0).result()).isEqualTo(ReviewResult.GOOD);
		assertThatThrownBy(() -> Commitment.check(2021, " ", null)).isInstanceOfSatisfying(MeetingRuleException.class,
				ex -> assertThat(ex.violations()).hasSize(2));
	}

	@Test
	void reviewsFallDueInJuneJulyAndNovemberDecember() {
		assertThat(MeetingService.reviewDue(LocalDate.of(2021, 6, 1))).isEqualTo(ReviewKind.MID_YEAR);
		assertThat(MeetingService.reviewDue(LocalDate.of(2021, 7, 31))).isEqualTo(ReviewKind.MID_YEAR);
		assertThat(MeetingService.reviewDue(LocalDate.of(2021, 8, 1))).isNull();
		assertThat(MeetingService.reviewDue(LocalDate.of(2021, 11, 5))).isEqualTo(ReviewKind.YEAR_END);
		assertThat(MeetingService.reviewDue(LocalDate.of(2021, 12, 5))).isEqualTo(ReviewKind.YEAR_END);
	}

	@Test
	void remindersNameTheOccasionAndRepeatEveryThirtyDays() {
		LocalDate due = LocalDate.of(2021, 1, 31);
		assertThat(ActionItemReminders.topic(7, due, 1)).isEqualTo("action-item-overdue:7:2021-01-31");
		assertThat(ActionItemReminders.topic(7, due, 30)).isEqualTo("action-item-overdue:7:2021-01-31");
		assertThat(ActionItemReminders.topic(7, due, 31)).isEqualTo("action-item-overdue:7:2021-01-31:r1");
		assertThat(ActionItemReminders.topic(7, due, 61)).isEqualTo("action-item-overdue:7:2021-01-31:r2");
		assertThat(MeetingForm.unnumber("2. Hai")).isEqualTo("Hai");
		assertThat(MeetingForm.unnumber("3) Ba")).isEqualTo("Ba");
	}

}
