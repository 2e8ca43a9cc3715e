package vn.mohinh.locality;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A name a village had until a day, kept when it is renamed. */
@Entity
@Table(name = "locality_former_name")
class FormerName {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "locality_former_name_seq")
	@SequenceGenerator(name = "locality_former_name_seq", sequenceName = "locality_former_name_seq", allocationSize = 50)
	private Long id;

	private Long localityId;

	private String name;

	private LocalDate validTo;

	protected FormerName() {
	}

	FormerName(Long localityId, String name, LocalDate validTo) {
		this.localityId = localityId;
		this.name = name;
		this.validTo = validTo;
	}

	String name() {
		return name;
	}

	LocalDate validTo() {
		return validTo;
	}

}
