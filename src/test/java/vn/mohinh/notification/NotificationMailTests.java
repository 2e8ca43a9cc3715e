package vn.mohinh.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import vn.mohinh.MoHinhTest;

/** With mail configured, a notification to an account with an address is mailed once by the mail job. */
@MoHinhTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3925",
		"mohinh.base-url=https://mohinh.example" })
class NotificationMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationMail mail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPendingNotificationIsMailedOnce() throws Exception {
		String topic = "test:" + UUID.randomUUID();
		assertThat(notifications.notify("dakruong", topic, "Mô hình quá hạn kiểm tra", "Xin lập lịch kiểm tra.",
				"/initiatives/9")).isTrue();
		assertThat(jdbc.sql("select mail_status from notification where topic = ?").param(topic).query(String.class).single())
			.isEqualTo("PENDING");

		// Earlier tests of this context may have queued mails too; send until none is left.
		while (mail.sendPending() > 0) {
		}
		assertThat(mail.sendPending()).isZero();

		MimeMessage[] received = smtp.getReceivedMessagesForDomain("konray.example");
		MimeMessage ours = java.util.Arrays.stream(received).filter(m -> body(m).contains("/initiatives/9"))
			.findFirst().orElseThrow();
		assertThat(ours.getAllRecipients()[0].toString()).isEqualTo("dakruong@konray.example");
		assertThat(ours.getSubject()).isEqualTo("[MoHinh] Mô hình quá hạn kiểm tra");
		assertThat(body(ours)).contains("https://mohinh.example/initiatives/9");
		assertThat(jdbc.sql("select mail_status from notification where topic = ?").param(topic).query(String.class).single())
			.isEqualTo("SENT");
		long copies = java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> body(m).contains("/initiatives/9")).count();
		assertThat(copies).isEqualTo(1);
	}

	private static String body(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void anAccountWithoutAddressIsNotMailed() {
		String topic = "test:" + UUID.randomUUID();
		notifications.notify("lanhdao", topic, "Tiêu đề", null, null);
		assertThat(jdbc.sql("select mail_status from notification where topic = ?").param(topic).query(String.class).single())
			.isEqualTo("NONE");
	}

}
