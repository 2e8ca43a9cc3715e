package vn.mohinh.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import vn.mohinh.account.AccountDirectory;
import vn.mohinh.account.Recipient;
import vn.mohinh.notification.Notifications;
import vn.mohinh.shared.text.VietnameseText;

/**
 * The daily reminders of overdue action items: each open item past its due date reminds the
 * accounts of its person in charge and the editors covering its organisation, in the app and by
 * mail. The topic {@code action-item-overdue:{id}:{due}} reaches a user once, then {@code …:rN}
 * every 30 days while the item stays overdue; a new due date is a new occasion. Nobody is signed in
 * (the job runs alone), so the items are read without scope, in keyset batches.
 */
@Component
class ActionItemReminders {

	private static final Logger log = LoggerFactory.getLogger(ActionItemReminders.class);

	static final String TASK = "action-item-reminders";
	static final int BATCH = 200;
	static final int REPEAT_DAYS = 30;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ActionItems items;
	private final Meetings meetings;
	private final AccountDirectory accounts;
	private final Notifications notifications;
	private final MessageSource messages;
	private final TransactionTemplate transaction;

	ActionItemReminders(ActionItems items, Meetings meetings, AccountDirectory accounts, Notifications notifications,
			MessageSource messages, PlatformTransactionManager transactions) {
		this.items = items;
		this.meetings = meetings;
		this.accounts = accounts;
		this.notifications = notifications;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Sends the reminders of a day, batch by batch; answers how many notifications were new. */
	int remind(LocalDate day) {
		Map<String, List<Recipient>> editors = new HashMap<>();
		long after = 0;
		int stored = 0;
		while (true) {
			List<ActionItem> batch = items.overdueAfter(day, after, Limit.of(BATCH));
			if (batch.isEmpty()) {
				break;
			}
			Integer n = transaction.execute(status -> {
				int count = 0;
				for (ActionItem item : batch) {
					count += remind(item, day, editors);
				}
				return count;
			});
			stored += n == null ? 0 : n;
			after = batch.get(batch.size() - 1).id();
			if (batch.size() < BATCH) {
				break;
			}
		}
		log.info("Action item reminders of {}: {} new notifications", day, stored);
		return stored;
	}

	private int remind(ActionItem item, LocalDate day, Map<String, List<Recipient>> editors) {
		Meeting meeting = meetings.findById(item.meetingId()).orElse(null);
		if (meeting == null || meeting.withdrawn()) {
			return 0;
		}
		long late = ChronoUnit.DAYS.between(item.dueDate(), day);
		String topic = topic(item.id(), item.dueDate(), late);
		String title = msg("actionItem.reminder.title", item.body());
		String body = msg("actionItem.reminder.body", item.body(), meeting.date().format(DAY), meeting.organisationName(),
				item.personName(), item.dueDate().format(DAY), String.valueOf(late));
		Map<String, Recipient> all = new LinkedHashMap<>();
		accounts.accountsOfPerson(item.personId()).forEach(r -> all.putIfAbsent(r.username(), r));
		editors.computeIfAbsent(item.scopePath(), accounts::editorsCovering).forEach(r -> all.putIfAbsent(r.username(), r));
		int count = 0;
		for (Recipient r : all.values()) {
			if (notifications.notify(r.username(), topic, title, body, "/meetings/" + meeting.id() + "#action-items-heading")) {
				count++;
			}
		}
		return count;
	}

	/** Once when overdue, again every 30 days while it stays so. */
	static String topic(long itemId, LocalDate due, long daysLate) {
		long repeat = (Math.max(daysLate, 1) - 1) / REPEAT_DAYS;
		return "action-item-overdue:" + itemId + ":" + due + (repeat == 0 ? "" : ":r" + repeat);
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, VietnameseText.VI);
	}

	/** The daily task, with the same cron and zone as the other reminders. */
	@Configuration
	static class Job {

		@Bean
		RecurringTask<Void> actionItemReminderTask(ActionItemReminders reminders,
				@Value("${mohinh.reminders.cron:0 0 6 * * *}") String cron,
				@Value("${mohinh.reminders.zone:Asia/Ho_Chi_Minh}") String zone) {
			ZoneId zoneId = ZoneId.of(zone);
			return Tasks.recurring(TASK, Schedules.cron(cron, zoneId))
				.execute((instance, context) -> reminders.remind(LocalDate.now(zoneId)));
		}

	}

}
