package vn.mohinh.account;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited change set: when, by whom, and which kinds of record it touched. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
class AuditRevision {

	@Id
	@RevisionNumber
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
	@SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 50)
	private Long id;

	@RevisionTimestamp
	private Instant changedAt;

	private String username;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "audit_revision_entity", joinColumns = @JoinColumn(name = "revision_id"))
	@Column(name = "entity_name")
	@ModifiedEntityNames
	@BatchSize(size = 50)
	private Set<String> entityNames = new HashSet<>();

	void setUsername(String username) {
		this.username = username;
	}

	Long id() {
		return id;
	}

	Instant changedAt() {
		return changedAt;
	}

	String username() {
		return username;
	}

	Set<String> entityNames() {
		return entityNames;
	}

}
