/**
 * Meetings of Party cells and other organisations (sinh hoạt chi bộ): attendees, agenda, minutes,
 * resolutions and the models discussed; the action items they decide, followed to their end; and the
 * party members' yearly commitments (bản đăng ký làm theo) reviewed at the mid-year and year-end
 * meetings. {@link vn.mohinh.meeting.MeetingFigures} gives the dashboard and the reports their figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sinh hoạt chi bộ (meetings)")
package vn.mohinh.meeting;
