package vn.mohinh.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface Inbox extends Repository<Notification, Long> {

	Notification saveAndFlush(Notification notification);

	Optional<Notification> findById(Long id);

	boolean existsByRecipientAndTopic(String recipient, String topic);

	/** Unread first, then newest first. */
	@Query(value = "select n from Notification n where n.recipient = :recipient order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id desc",
			countQuery = "select count(n) from Notification n where n.recipient = :recipient")
	Page<Notification> inboxOf(@Param("recipient") String recipient, Pageable pageable);

	long countByRecipientAndReadAtIsNull(String recipient);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
	int markAllRead(@Param("recipient") String recipient, @Param("now") Instant now);

	@Query("select n from Notification n where n.mailStatus = vn.mohinh.notification.MailStatus.PENDING order by n.id")
	List<Notification> pendingMail(Pageable pageable);

}
