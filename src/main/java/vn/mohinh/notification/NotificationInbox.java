package vn.mohinh.notification;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.web.NotFoundException;

/** The signed-in user's own notifications; nobody reads or marks another user's. */
@Service
@Transactional(readOnly = true)
class NotificationInbox {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final Inbox inbox;
	private final Clock clock = Clock.systemDefaultZone();

	NotificationInbox(Inbox inbox) {
		this.inbox = inbox;
	}

	Page<NotificationView> mine(Pageable pageable) {
		return inbox.inboxOf(me(), pageable).map(NotificationInbox::view);
	}

	long unread() {
		return CurrentUser.get().map(p -> inbox.countByRecipientAndReadAtIsNull(p.username())).orElse(0L);
	}

	/** Marks one of the user's notifications read and answers where it points (null: nowhere). */
	@Transactional
	String open(long id) {
		Notification n = inbox.findById(id).filter(x -> x.recipient().equals(me()))
			.orElseThrow(() -> new NotFoundException("notification", id));
		n.markRead(clock.instant());
		return n.link();
	}

	@Transactional
	int markAllRead() {
		return inbox.markAllRead(me(), clock.instant());
	}

	private static String me() {
		return CurrentUser.get().map(ScopedPrincipal::username).orElseThrow(() -> new NotFoundException("user", "anonymous"));
	}

	private static NotificationView view(Notification n) {
		return new NotificationView(n.id(), n.title(), n.body(), n.link(), TIME.format(n.createdAt()), n.readAt() != null);
	}

}
