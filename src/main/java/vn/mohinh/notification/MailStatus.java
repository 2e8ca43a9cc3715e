package vn.mohinh.notification;

/** Where the e-mail of a notification stands: none to send, waiting for the mail job, sent, or given up. */
enum MailStatus {

	NONE, PENDING, SENT, FAILED;

	/** Tries before a mail is given up; the notification stays in the app either way. */
	static final int MAX_ATTEMPTS = 5;

}
