package vn.mohinh.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;

import org.junit.jupiter.api.Test;

/** The person aggregate's rules, without Spring. */
class PersonTests {

	final Organisation office = OrganisationTests.saved(Organisation.found("Cơ quan Ủy ban MTTQ",
			OrganisationKind.FRONT_OFFICE, OrganisationTests.DISTRICT, null, OrganisationTests.LAST_DAY), 1);
	final Organisation cell = OrganisationTests.saved(Organisation.found("Chi bộ Mặt trận",
			OrganisationKind.PARTY_CELL, OrganisationTests.DISTRICT, null, OrganisationTests.LAST_DAY), 2);

	@Test
	void takesTheScopeOfTheWorkplace() {
		Person person = Person.enrol("Trần Thị Thu Hà", Gender.FEMALE, 1979, "Kinh", "Phó Chủ tịch", office);
		assertThat(person.organisationId()).isEqualTo(1L);
		assertThat(person.scopePath()).isEqualTo("/1/2/");
		assertThat(person.active()).isTrue();
		assertThat(person.ethnicMinority()).isFalse();
	}

	@Test
	void yearOfBirthLiesBetween1900AndThisYear() {
		assertThatThrownBy(() -> Person.enrol("A", Gender.MALE, 1899, "Kinh", null, office))
			.isInstanceOfSatisfying(OrganisationRuleException.class, e -> {
				assertThat(e.field()).isEqualTo("birthYear");
				assertThat(e.messageKey()).isEqualTo("person.rule.birthYear");
			});
		int next = Year.now().getValue() + 1;
		assertThatThrownBy(() -> Person.enrol("A", Gender.MALE, next, "Kinh", null, office))
			.hasMessage("person.rule.birthYear");
		assertThat(Person.enrol("A", Gender.MALE, 1900, "Kinh", null, office).birthYear()).isEqualTo(1900);
		assertThat(Person.enrol("A", Gender.MALE, null, "Kinh", null, office).birthYear()).isNull();
	}

	@Test
	void everyPeopleButTheKinhIsAnEthnicMinority() {
		assertThat(Person.isEthnicMinority("Xơ Đăng")).isTrue();
		assertThat(Person.isEthnicMinority("Ba Na")).isTrue();
		assertThat(Person.isEthnicMinority("Kinh")).isFalse();
		assertThat(Person.isEthnicMinority(" kinh ")).isFalse();
		assertThat(Person.enrol("Y Liên", Gender.FEMALE, 1985, "Xơ Đăng", null, office).ethnicMinority()).isTrue();
	}

	@Test
	void onlyAPartyMemberBelongsToACellAndOnlyToACell() {
		Person person = Person.enrol("Phạm Văn Đức", Gender.MALE, 1981, "Kinh", null, office);
		assertThatThrownBy(() -> person.recordPartyMembership(false, cell))
			.hasMessage("person.rule.cellWithoutMembership");
		assertThatThrownBy(() -> person.recordPartyMembership(true, office)).hasMessage("person.rule.notACell");
		person.recordPartyMembership(true, cell);
		assertThat(person.partyCellId()).isEqualTo(2L);
		// a member whose cell is elsewhere has none recorded
		person.recordPartyMembership(true, null);
		assertThat(person.partyMember()).isTrue();
		assertThat(person.partyCellId()).isNull();
		person.recordPartyMembership(false, null);
		assertThat(person.partyMember()).isFalse();
	}

	@Test
	void needsANameAGenderAnEthnicityAndAWorkplace() {
		assertThatThrownBy(() -> Person.enrol(" ", Gender.MALE, null, "Kinh", null, office))
			.hasMessage("person.rule.nameRequired");
		assertThatThrownBy(() -> Person.enrol("A", null, null, "Kinh", null, office))
			.hasMessage("person.rule.genderRequired");
		assertThatThrownBy(() -> Person.enrol("A", Gender.MALE, null, " ", null, office))
			.hasMessage("person.rule.ethnicityRequired");
		assertThatThrownBy(() -> Person.enrol("A", Gender.MALE, null, "Kinh", null, null))
			.hasMessage("person.rule.organisationRequired");
	}

	@Test
	void leavingKeepsTheRecord() {
		Person person = Person.enrol("Hoàng Văn Nam", Gender.MALE, 1992, "Kinh", "Chuyên viên", office);
		person.withdraw();
		assertThat(person.active()).isFalse();
		person.reinstate();
		assertThat(person.active()).isTrue();
	}

	@Test
	void sortsByGivenName() {
		assertThat(Person.sortName("Nguyễn Thị Hồng Nhung")).startsWith("Nhung ");
		assertThat(Person.sortName("Ánh")).isEqualTo("Ánh");
	}

}
