package vn.mohinh.locality;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One link of a reorganisation: an old unit went (whole or in part) into a new one. */
@Entity
@Table(name = "locality_merger")
class LocalityMerger {

	@Id
	private Long id;

	private Long predecessorId;

	private Long successorId;

	@Enumerated(EnumType.STRING)
	private MergerRelation relation;

	private LocalDate effectiveOn;

	private String legalBasis;

	protected LocalityMerger() {
	}

	Long predecessorId() {
		return predecessorId;
	}

	Long successorId() {
		return successorId;
	}

	MergerRelation relation() {
		return relation;
	}

	LocalDate effectiveOn() {
		return effectiveOn;
	}

	String legalBasis() {
		return legalBasis;
	}

}
