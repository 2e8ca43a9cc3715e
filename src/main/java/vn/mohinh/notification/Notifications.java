package vn.mohinh.notification;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.account.AccountDirectory;
import vn.mohinh.account.Recipient;

/**
 * How other modules tell a user something (a reminder): stored for the app's notification list and,
 * when the user has an e-mail address and mail is configured ({@code spring.mail.host}), queued for
 * the mail job. A topic reaches a user once: asking again with the same topic does nothing.
 */
@Service
public class Notifications {

	private final Inbox inbox;
	private final AccountDirectory accounts;
	private final ObjectProvider<JavaMailSender> mail;
	private final Clock clock;

	Notifications(Inbox inbox, AccountDirectory accounts, ObjectProvider<JavaMailSender> mail,
			ObjectProvider<Clock> clock) {
		this.inbox = inbox;
		this.accounts = accounts;
		this.mail = mail;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	/**
	 * Stores a notification for {@code username} unless one with the same topic exists; answers
	 * whether it was stored. An unknown or disabled account gets nothing.
	 *
	 * @param topic what the notification is about, unique per user, e.g. "inspection-overdue:12:2026-01-31"
	 * @param title final text (already resolved from the message files)
	 * @param body final text, may be null
	 * @param link a path inside the application ("/initiatives/12"), or null
	 */
	@Transactional
	public boolean notify(String username, String topic, String title, String body, String link) {
		Recipient recipient = accounts.find(username).orElse(null);
		if (recipient == null || inbox.existsByRecipientAndTopic(recipient.username(), topic)) {
			return false;
		}
		String mailTo = mail.getIfAvailable() == null ? null : recipient.email();
		inbox.saveAndFlush(Notification.to(recipient.username(), topic, title, body, link, mailTo, clock.instant()));
		return true;
	}

}
