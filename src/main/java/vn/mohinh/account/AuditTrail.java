package vn.mohinh.account;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the audit trail (Envers revisions, owned here): who changed a
 * record, when, and how. Callers check that the user may read the record before they ask.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final EntityManager entityManager;

	AuditTrail(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** How a revision touched the record. */
	public enum Change {
		CREATED, CHANGED, REMOVED
	}

	/** One revision of a record: its number, when (Vietnam time), by whom, and how. */
	public record Revision(long id, LocalDateTime at, String username, Change change) {
	}

	/** The revisions of one audited record, oldest first. */
	public List<Revision> revisionsOf(Class<?> entity, Object id) {
		List<?> rows = AuditReaderFactory.get(entityManager).createQuery()
			.forRevisionsOfEntity(entity, false, true)
			.addProjection(AuditEntity.revisionNumber())
			.addProjection(AuditEntity.revisionProperty("changedAt"))
			.addProjection(AuditEntity.revisionProperty("username"))
			.addProjection(AuditEntity.revisionType())
			.add(AuditEntity.id().eq(id))
			.getResultList();
		List<Revision> revisions = new ArrayList<>();
		for (Object row : rows) {
			Object[] r = (Object[]) row;
			Instant at = (Instant) r[1];
			revisions.add(new Revision(((Number) r[0]).longValue(), at == null ? null : LocalDateTime.ofInstant(at, VIETNAM),
					(String) r[2], change((RevisionType) r[3])));
		}
		revisions.sort(Comparator.comparingLong(Revision::id));
		return revisions;
	}

	private static Change change(RevisionType type) {
		return switch (type) {
			case ADD -> Change.CREATED;
			case MOD -> Change.CHANGED;
			case DEL -> Change.REMOVED;
		};
	}

}
