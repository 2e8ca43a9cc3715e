package vn.mohinh.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A message for one user (a reminder), read in the app and, when the user has an address, mailed.
 * Not audited: it records no decision, only what the application told someone.
 */
@Entity
@Table(name = "notification")
class Notification {

	private static final int MAX_TITLE = 300;
	private static final int MAX_BODY = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
	@SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
	private Long id;

	private String recipient;

	private String topic;

	private String title;

	private String body;

	private String link;

	private Instant createdAt;

	private Instant readAt;

	private String mailTo;

	@Enumerated(EnumType.STRING)
	private MailStatus mailStatus;

	private int mailAttempts;

	private Instant mailedAt;

	protected Notification() {
	}

	/** {@code mailTo} null: in the app only. */
	static Notification to(String recipient, String topic, String title, String body, String link, String mailTo,
			Instant now) {
		Notification n = new Notification();
		n.recipient = recipient;
		n.topic = topic;
		n.title = cut(title, MAX_TITLE);
		n.body = body == null ? null : cut(body, MAX_BODY);
		n.link = link != null && link.startsWith("/") && !link.startsWith("//") ? link : null;
		n.createdAt = now;
		n.mailTo = mailTo;
		n.mailStatus = mailTo == null ? MailStatus.NONE : MailStatus.PENDING;
		return n;
	}

	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	void mailed(Instant now) {
		mailStatus = MailStatus.SENT;
		mailedAt = now;
		mailAttempts++;
	}

	/** A failed try; after {@link MailStatus#MAX_ATTEMPTS} the mail is given up. */
	void mailFailed() {
		mailAttempts++;
		if (mailAttempts >= MailStatus.MAX_ATTEMPTS) {
			mailStatus = MailStatus.FAILED;
		}
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	Long id() {
		return id;
	}

	String recipient() {
		return recipient;
	}

	String topic() {
		return topic;
	}

	String title() {
		return title;
	}

	String body() {
		return body;
	}

	String link() {
		return link;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant readAt() {
		return readAt;
	}

	String mailTo() {
		return mailTo;
	}

	MailStatus mailStatus() {
		return mailStatus;
	}

	int mailAttempts() {
		return mailAttempts;
	}

}
