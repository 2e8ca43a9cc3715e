package vn.mohinh.organisation;

import java.time.LocalDate;
import java.time.Year;

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
 * A cadre, civil servant or party member: works at one organisation and, as a party member, may
 * belong to a Party cell. People who leave are withdrawn, not deleted, since reports cite them.
 */
@Entity
@Table(name = "person")
@Audited
class Person {

	static final String MAJORITY_ETHNICITY = "Kinh";
	static final int FIRST_BIRTH_YEAR = 1900;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
	@SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
	private Long id;

	private String fullName;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private Integer birthYear;

	private String ethnicity;

	private boolean ethnicMinority;

	private boolean partyMember;

	private Long partyCellId;

	private String position;

	private Long organisationId;

	private String scopePath;

	private boolean active;

	/**
	 * The day the person was recorded as having left (withdrawn), so that a report as of an earlier day
	 * still counts them; null while active, and for people withdrawn before it was kept (V30) or
	 * entered as already gone, whose leaving day is unknown.
	 */
	private LocalDate leftOn;

	@Column(name = "search_key")
	private String searchKey;

	@Column(name = "sort_key")
	private String sortKey;

	@Version
	private long version;

	protected Person() {
	}

	/** A new person at a workplace; every NOT NULL column is set here, before it is saved. */
	static Person enrol(String fullName, Gender gender, Integer birthYear, String ethnicity, String position,
			Organisation workplace) {
		Person person = new Person();
		person.describe(fullName, gender, birthYear, ethnicity, position);
		person.assignTo(workplace);
		person.active = true;
		return person;
	}

	void describe(String newFullName, Gender newGender, Integer newBirthYear, String newEthnicity,
			String newPosition) {
		String name = VietnameseText.clean(newFullName);
		if (name == null || name.isEmpty()) {
			throw new OrganisationRuleException("fullName", "person.rule.nameRequired");
		}
		if (newGender == null) {
			throw new OrganisationRuleException("gender", "person.rule.genderRequired");
		}
		if (newBirthYear != null && (newBirthYear < FIRST_BIRTH_YEAR || newBirthYear > Year.now().getValue())) {
			throw new OrganisationRuleException("birthYear", "person.rule.birthYear");
		}
		String people = VietnameseText.clean(newEthnicity);
		if (people == null || people.isEmpty()) {
			throw new OrganisationRuleException("ethnicity", "person.rule.ethnicityRequired");
		}
		String role = VietnameseText.clean(newPosition);
		this.fullName = name;
		this.gender = newGender;
		this.birthYear = newBirthYear;
		this.ethnicity = people;
		this.ethnicMinority = isEthnicMinority(people);
		this.position = role == null || role.isEmpty() ? null : role;
		this.searchKey = cut(VietnameseText.fold(name) + (position == null ? "" : " " + VietnameseText.fold(position)));
		this.sortKey = VietnameseText.sortKey(sortName(name));
	}

	/** Any people other than the Kinh majority counts as dân tộc thiểu số, however it is typed. */
	static boolean isEthnicMinority(String ethnicity) {
		return !VietnameseText.fold(ethnicity).equals(VietnameseText.fold(MAJORITY_ETHNICITY));
	}

	/** The organisation the person works at; the person's scope follows it. */
	void assignTo(Organisation workplace) {
		if (workplace == null) {
			throw new OrganisationRuleException("organisationId", "person.rule.organisationRequired");
		}
		this.organisationId = workplace.id();
		this.scopePath = workplace.scopePath();
	}

	/**
	 * Party membership and cell: only a party member belongs to a cell, and only to a Party cell; a
	 * member whose cell is not recorded here has none.
	 */
	void recordPartyMembership(boolean member, Organisation cell) {
		if (cell != null && !member) {
			throw new OrganisationRuleException("partyCellId", "person.rule.cellWithoutMembership");
		}
		if (cell != null && !cell.isPartyCell()) {
			throw new OrganisationRuleException("partyCellId", "person.rule.notACell");
		}
		this.partyMember = member;
		this.partyCellId = cell == null ? null : cell.id();
	}

	/** Left the organisation: no longer counted, still cited by old records. */
	void withdraw() {
		this.active = false;
	}

	/** Left on a day: counted in the make-up of the days before it. Already withdrawn: the first day is kept. */
	void withdrawOn(LocalDate on) {
		if (active) {
			this.leftOn = on;
		}
		this.active = false;
	}

	void reinstate() {
		this.active = true;
		this.leftOn = null;
	}

	/** In the organisation on a day, as far as the record tells: active now, or left after that day. */
	boolean activeOn(LocalDate day) {
		return active || leftOn != null && leftOn.isAfter(day);
	}

	/** Vietnamese lists sort people by given name (the last word), then by the whole name. */
	static String sortName(String fullName) {
		int space = fullName.lastIndexOf(' ');
		return space < 0 ? fullName : fullName.substring(space + 1) + " " + fullName;
	}

	PersonView view() {
		return new PersonView(id, fullName, gender, birthYear, ethnicity, ethnicMinority, partyMember, partyCellId,
				position, organisationId, scopePath, active);
	}

	private static String cut(String text) {
		return text.length() > 600 ? text.substring(0, 600) : text;
	}

	Long id() {
		return id;
	}

	String fullName() {
		return fullName;
	}

	Gender gender() {
		return gender;
	}

	Integer birthYear() {
		return birthYear;
	}

	String ethnicity() {
		return ethnicity;
	}

	boolean ethnicMinority() {
		return ethnicMinority;
	}

	boolean partyMember() {
		return partyMember;
	}

	Long partyCellId() {
		return partyCellId;
	}

	String position() {
		return position;
	}

	Long organisationId() {
		return organisationId;
	}

	String scopePath() {
		return scopePath;
	}

	boolean active() {
		return active;
	}

	long version() {
		return version;
	}

}
