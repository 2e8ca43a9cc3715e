package vn.mohinh.inspection;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * The daily reminder job, a db-scheduler recurring task: one instance runs it at a time and a run
 * missed while every instance was down happens when one starts again. When it runs is a cron in
 * {@code mohinh.reminders.cron} (06:00 by default) in {@code mohinh.reminders.zone} (Asia/Ho_Chi_Minh);
 * the day it reminds for is today in that zone.
 */
@Configuration
class ReminderJob {

	static final String TASK = "inspection-reminders";

	@Bean
	RecurringTask<Void> inspectionReminderTask(InspectionReminders reminders,
			@Value("${mohinh.reminders.cron:0 0 6 * * *}") String cron,
			@Value("${mohinh.reminders.zone:Asia/Ho_Chi_Minh}") String zone) {
		ZoneId zoneId = ZoneId.of(zone);
		return Tasks.recurring(TASK, Schedules.cron(cron, zoneId))
			.execute((instance, context) -> reminders.remind(LocalDate.now(zoneId)));
	}

}
