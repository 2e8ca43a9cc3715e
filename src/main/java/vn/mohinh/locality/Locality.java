package vn.mohinh.locality;

import java.time.LocalDate;

import jakarta.persistence.Column;
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

/**
 * An administrative unit or a village, valid for a period. The 2025 reform ended old units and
 * began new ones (a code may be reused, so a code is meaningful only with a date); villages are
 * added, renamed and retired by users.
 */
@Entity
@Table(name = "locality")
@Audited
class Locality {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "locality_seq")
	@SequenceGenerator(name = "locality_seq", sequenceName = "locality_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	private LocalityKind kind;

	private String code;

	private String name;

	private String fullName;

	private String altName;

	private Long parentId;

	private String path;

	private int depth;

	private LocalDate validFrom;

	private LocalDate validTo;

	@Column(name = "search_key")
	private String searchKey;

	@Column(name = "sort_key")
	private String sortKey;

	@Version
	private long version;

	protected Locality() {
	}

	/** A new village under a commune; {@link #placeUnder} completes its path once the id is known. */
	static Locality village(LocalityKind kind, String name, Locality commune, LocalDate validFrom) {
		if (!kind.isVillage()) {
			throw new IllegalArgumentException("not a village kind: " + kind);
		}
		if (commune.kind.level() != LocalityKind.Level.COMMUNE) {
			throw new LocalityRuleException("locality.village.parentNotCommune");
		}
		if (validFrom != null && commune.validFrom != null && validFrom.isBefore(commune.validFrom)) {
			throw new LocalityRuleException("locality.village.beforeCommune");
		}
		Locality village = new Locality();
		village.kind = kind;
		village.parentId = commune.id;
		village.depth = commune.depth + 1;
		// The village's own id is known only after persisting; until placeUnder() runs the path is the
		// commune's, which already puts the village inside the commune's scope.
		village.path = commune.path;
		village.validFrom = validFrom;
		village.rename(name);
		return village;
	}

	void placeUnder(Locality parent) {
		this.path = (parent == null ? "/" : parent.path) + id + "/";
	}

	void rename(String newName) {
		this.name = VietnameseText.clean(newName);
		this.fullName = this.name;
		reindex();
	}

	void retire(LocalDate lastDay) {
		if (validTo != null) {
			throw new LocalityRuleException("locality.village.alreadyRetired");
		}
		if (validFrom != null && lastDay.isBefore(validFrom)) {
			throw new LocalityRuleException("locality.village.retireBeforeStart");
		}
		this.validTo = lastDay;
	}

	private void reindex() {
		this.searchKey = searchKeyOf(fullName, altName, code);
		this.sortKey = VietnameseText.sortKey(name);
	}

	static String searchKeyOf(String fullName, String altName, String code) {
		String key = VietnameseText.fold(fullName) + (altName == null ? "" : " " + VietnameseText.fold(altName))
				+ (code == null ? "" : " " + code);
		return key.length() > 600 ? key.substring(0, 600) : key;
	}

	boolean validOn(LocalDate date) {
		return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
	}

	LocalityView view() {
		return new LocalityView(id, kind, code, name, fullName, altName, parentId, path, validFrom, validTo, version);
	}

	Long id() {
		return id;
	}

	LocalityKind kind() {
		return kind;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	String fullName() {
		return fullName;
	}

	String altName() {
		return altName;
	}

	String sortKey() {
		return sortKey;
	}

	int depth() {
		return depth;
	}

	Long parentId() {
		return parentId;
	}

	String path() {
		return path;
	}

	LocalDate validFrom() {
		return validFrom;
	}

	LocalDate validTo() {
		return validTo;
	}

	long version() {
		return version;
	}

}
