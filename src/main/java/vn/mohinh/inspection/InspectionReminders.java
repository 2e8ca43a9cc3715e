package vn.mohinh.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.mohinh.account.AccountDirectory;
import vn.mohinh.account.Recipient;
import vn.mohinh.notification.Notifications;

/**
 * The reminders of a day: every model of the country that is overdue for inspection or due soon
 * reminds the accounts of its party member in charge and the editors whose scope covers it, in the
 * app and by mail. Nobody is signed in (the job runs alone); the watch is read without scope on purpose.
 *
 * <p>"Until it happens, never twice": the topic names the occasion, and a topic reaches a user once
 * ({@link Notifications}). Due soon: {@code inspection-due-soon:{model}:{due date}}. Overdue:
 * {@code inspection-overdue:{model}:{due date}}, then {@code …:r1}, {@code …:r2} every 30 days while
 * it stays overdue. An inspection moves the due date, so the next occasion has a new topic.
 */
@Component
class InspectionReminders {

	private static final Logger log = LoggerFactory.getLogger(InspectionReminders.class);

	/** Models handled per transaction. */
	static final int BATCH = 200;

	/** An overdue model reminds again every this many days. */
	static final int REPEAT_DAYS = 30;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final RegularityQuery query;
	private final InspectionPolicyService policies;
	private final AccountDirectory accounts;
	private final Notifications notifications;
	private final MessageSource messages;
	private final TransactionTemplate transaction;

	InspectionReminders(RegularityQuery query, InspectionPolicyService policies, AccountDirectory accounts,
			Notifications notifications, MessageSource messages, PlatformTransactionManager transactions) {
		this.query = query;
		this.policies = policies;
		this.accounts = accounts;
		this.notifications = notifications;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Sends the reminders of a day, batch by batch; answers how many notifications were new. */
	int remind(LocalDate day) {
		RegularityRule rule = policies.rule();
		// Editors by commune path, for this run only: many models share a commune.
		Map<String, List<Recipient>> editors = new HashMap<>();
		long after = 0;
		int stored = 0;
		int models = 0;
		while (true) {
			List<RegularityQuery.Watched> batch = query.remindable(day, after, BATCH, rule);
			if (batch.isEmpty()) {
				break;
			}
			Integer n = transaction.execute(status -> {
				int count = 0;
				for (RegularityQuery.Watched model : batch) {
					count += remind(model, day, rule, editors);
				}
				return count;
			});
			stored += n == null ? 0 : n;
			models += batch.size();
			after = batch.get(batch.size() - 1).initiativeId();
			if (batch.size() < BATCH) {
				break;
			}
		}
		log.info("Inspection reminders of {}: {} models overdue or due soon, {} new notifications", day, models, stored);
		return stored;
	}

	private int remind(RegularityQuery.Watched model, LocalDate day, RegularityRule rule,
			Map<String, List<Recipient>> editors) {
		LocalDate due = rule.dueOn(model.baseOn(), model.level());
		RegularityRule.Standing standing = rule.standing(model.baseOn(), model.level(), day);
		if (standing == RegularityRule.Standing.WITHIN) {
			return 0;
		}
		long late = ChronoUnit.DAYS.between(due, day);
		String topic = topic(model.initiativeId(), due, standing, late);
		String last = model.lastInspectedOn() == null ? msg("regularity.reminder.never")
				: model.lastInspectedOn().format(DAY);
		String title;
		String body;
		if (standing == RegularityRule.Standing.OVERDUE) {
			title = msg("regularity.reminder.overdue.title", model.name());
			body = msg("regularity.reminder.overdue.body", model.name(), model.communeName(), due.format(DAY),
					String.valueOf(late), last);
		}
		else {
			title = msg("regularity.reminder.dueSoon.title", model.name());
			body = msg("regularity.reminder.dueSoon.body", model.name(), model.communeName(), due.format(DAY),
					String.valueOf(-late), last);
		}
		String link = "/initiatives/" + model.initiativeId();
		int count = 0;
		for (Recipient recipient : recipients(model, editors)) {
			if (notifications.notify(recipient.username(), topic, title, body, link)) {
				count++;
			}
		}
		return count;
	}

	/** The accounts of the party member in charge, then the editors covering the model; each once. */
	private List<Recipient> recipients(RegularityQuery.Watched model, Map<String, List<Recipient>> editors) {
		Map<String, Recipient> all = new LinkedHashMap<>();
		if (model.personInChargeId() != null) {
			accounts.accountsOfPerson(model.personInChargeId()).forEach(r -> all.putIfAbsent(r.username(), r));
		}
		editors.computeIfAbsent(model.scopePath(), accounts::editorsCovering).forEach(r -> all.putIfAbsent(r.username(), r));
		return List.copyOf(all.values());
	}

	/** Once per due date while due soon; once when overdue, and again every 30 days while it stays so. */
	static String topic(long initiativeId, LocalDate due, RegularityRule.Standing standing, long daysLate) {
		if (standing == RegularityRule.Standing.DUE_SOON) {
			return "inspection-due-soon:" + initiativeId + ":" + due;
		}
		long repeat = (daysLate - 1) / REPEAT_DAYS;
		return "inspection-overdue:" + initiativeId + ":" + due + (repeat == 0 ? "" : ":r" + repeat);
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

}
