package vn.mohinh.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import java.util.Locale;

/**
 * Mails the notifications waiting for it, a batch at a time. Runs as a db-scheduler job, so one
 * instance sends at a time and a mail is marked sent in the same transaction that read it.
 */
@Configuration
class NotificationMail {

	private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

	private static final int BATCH = 100;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Inbox inbox;
	private final ObjectProvider<JavaMailSender> mail;
	private final MessageSource messages;
	private final TransactionTemplate transaction;
	private final String from;
	private final String baseUrl;
	private final Clock clock = Clock.systemDefaultZone();

	NotificationMail(Inbox inbox, ObjectProvider<JavaMailSender> mail, MessageSource messages,
			PlatformTransactionManager transactions, @Value("${mohinh.mail.from:mohinh@localhost}") String from,
			@Value("${mohinh.base-url:http://localhost:8080}") String baseUrl) {
		this.inbox = inbox;
		this.mail = mail;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Bean
	RecurringTask<Void> notificationMailTask(@Value("${mohinh.mail.every:PT1M}") Duration every) {
		return Tasks.recurring("notification-mail", FixedDelay.of(every)).execute((instance, context) -> sendPending());
	}

	/** Sends one batch of waiting mails; answers how many were sent. */
	int sendPending() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		Integer sent = transaction.execute(status -> {
			List<Notification> batch = inbox.pendingMail(PageRequest.of(0, BATCH));
			int count = 0;
			for (Notification n : batch) {
				try {
					sender.send(message(n));
					n.mailed(clock.instant());
					count++;
				}
				catch (MailException e) {
					log.warn("Mail of notification {} to {} failed: {}", n.id(), n.mailTo(), e.getMessage());
					n.mailFailed();
				}
			}
			return count;
		});
		return sent == null ? 0 : sent;
	}

	private SimpleMailMessage message(Notification n) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(n.mailTo());
		message.setSubject(messages.getMessage("notification.mail.subject", new Object[] { n.title() }, VIETNAMESE));
		StringBuilder text = new StringBuilder(n.title()).append("\n\n");
		if (n.body() != null) {
			text.append(n.body()).append("\n\n");
		}
		if (n.link() != null) {
			text.append(messages.getMessage("notification.mail.open", new Object[] { baseUrl + n.link() }, VIETNAMESE))
				.append("\n\n");
		}
		text.append(messages.getMessage("notification.mail.footer", null, VIETNAMESE));
		message.setText(text.toString());
		return message;
	}

}
