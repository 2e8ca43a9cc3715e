package vn.mohinh.initiative;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import vn.mohinh.shared.text.VietnameseText;

/** A type of model (loại mô hình) in the catalogue; retired rather than deleted, since models keep it. */
@Entity
@Table(name = "initiative_type")
@Audited
class InitiativeType {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_type_seq")
	@SequenceGenerator(name = "initiative_type_seq", sequenceName = "initiative_type_seq", allocationSize = 50)
	private Long id;

	private String name;

	private String nameKey;

	@Enumerated(EnumType.STRING)
	private InitiativeField field;

	private String description;

	private boolean retired;

	private LocalDate retiredOn;

	private String sortKey;

	@Version
	private long version;

	protected InitiativeType() {
	}

	static InitiativeType define(String name, InitiativeField field, String description) {
		InitiativeType type = new InitiativeType();
		type.revise(name, field, description);
		return type;
	}

	void revise(String name, InitiativeField field, String description) {
		this.name = VietnameseText.clean(name);
		this.nameKey = VietnameseText.fold(this.name);
		this.field = field;
		this.description = description == null || description.isBlank() ? null : description.strip();
		this.sortKey = VietnameseText.sortKey(this.name);
	}

	void retire(LocalDate on) {
		if (retired) {
			throw new InitiativeRuleException(null, "initiative.type.error.alreadyRetired");
		}
		this.retired = true;
		this.retiredOn = on;
	}

	void reinstate() {
		if (!retired) {
			throw new InitiativeRuleException(null, "initiative.type.error.notRetired");
		}
		this.retired = false;
		this.retiredOn = null;
	}

	static String keyOf(String name) {
		return VietnameseText.fold(VietnameseText.clean(name));
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}

	boolean retired() {
		return retired;
	}

	long version() {
		return version;
	}

	InitiativeTypeView view() {
		return new InitiativeTypeView(id, name, field, description, retired, retiredOn, version);
	}

}
