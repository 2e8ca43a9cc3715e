package vn.mohinh.organisation;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.shared.demo.DemoSeed;
import vn.mohinh.locality.LocalityView;

/**
 * Demo data: the organisations of the source article (FACTS.md) at their localities, and the people
 * of the district Front office, consistent with the article's figures: 7 cán bộ, công chức, of whom
 * the 5 party members of Chi bộ Mặt trận huyện (4 women, 1 of an ethnic minority).
 */
@Component
@Order(20)
class OrganisationDemoData implements ApplicationRunner {

	static final String CELL = "Chi bộ Mặt trận huyện Kon Rẫy";
	static final String OFFICE = "Cơ quan Ủy ban MTTQ Việt Nam huyện Kon Rẫy";
	static final String TAN_LAP_BOARD = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập";
	static final String DAK_RUONG_BOARD = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng";

	/** Codes are read on a day before the 2025 reform, when Kon Rẫy was a district. */
	private static final LocalDate DEMO_DAY = LocalDate.of(2021, 6, 30);
	/** These bodies ended with their units in the 2025 reform. */
	private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

	private final Organisations organisations;
	private final People people;
	private final LocalityDirectory localities;
	private final DemoSeed seed;

	OrganisationDemoData(Organisations organisations, People people, LocalityDirectory localities, DemoSeed seed) {
		this.organisations = organisations;
		this.people = people;
		this.localities = localities;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!seed.claim("organisations")) {
			return;
		}
		LocalityView province = place("62");
		LocalityView district = place("614");
		LocalityView tanLap = place("23497");
		LocalityView dakRuong = place("23488");

		Organisation provinceFront = add("Ủy ban MTTQ Việt Nam tỉnh Kon Tum", OrganisationKind.FRONT_COMMITTEE,
				province, null);
		add("Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Kon Tum", OrganisationKind.FRONT_BOARD, province,
				provinceFront);
		add("Ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Kon Tum", OrganisationKind.FRONT_BOARD, province, provinceFront);

		Organisation front = add("Ủy ban MTTQ Việt Nam huyện Kon Rẫy", OrganisationKind.FRONT_COMMITTEE, district,
				provinceFront);
		add("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Kon Rẫy", OrganisationKind.FRONT_STANDING_BOARD, district,
				front);
		Organisation office = add(OFFICE, OrganisationKind.FRONT_OFFICE, district, front);

		Organisation partyCommittee = add("Ban Chấp hành Đảng bộ huyện Kon Rẫy", OrganisationKind.PARTY_COMMITTEE,
				district, null);
		add("Ban Thường vụ Huyện ủy Kon Rẫy", OrganisationKind.PARTY_STANDING_COMMITTEE, district, partyCommittee);
		add("Ban Tuyên giáo Huyện ủy Kon Rẫy", OrganisationKind.PROPAGANDA_BOARD, district, partyCommittee);
		Organisation cell = add(CELL, OrganisationKind.PARTY_CELL, district, partyCommittee);
		// INVENTED: the article gives no congress dates; the cell's congresses are placed in the spring
		// before each district congress, opening the 2020–2025 and 2025–2030 terms.
		cell.beginTerm(LocalDate.of(2020, 4, 15));
		cell.beginTerm(LocalDate.of(2025, 4, 10));
		add("Tòa án nhân dân huyện Kon Rẫy", OrganisationKind.COURT, district, null);

		Organisation tanLapBoard = add(TAN_LAP_BOARD, OrganisationKind.FRONT_STANDING_BOARD, tanLap, front);
		Organisation dakRuongBoard = add(DAK_RUONG_BOARD, OrganisationKind.FRONT_STANDING_BOARD, dakRuong, front);

		// The office's seven cán bộ, công chức; the first five are the cell's party members.
		member("Nguyễn Thị Hồng Nhung", Gender.FEMALE, 1974, "Kinh",
				"Chủ tịch Ủy ban MTTQ Việt Nam huyện, Bí thư Chi bộ", office, cell);
		member("Trần Thị Thu Hà", Gender.FEMALE, 1979, "Kinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện", office, cell);
		member("Y Liên", Gender.FEMALE, 1985, "Xơ Đăng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện", office, cell);
		member("Lê Thị Minh Phương", Gender.FEMALE, 1988, "Kinh", "Chuyên viên", office, cell);
		member("Phạm Văn Đức", Gender.MALE, 1981, "Kinh", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam huyện", office,
				cell);
		staff("Hoàng Văn Nam", Gender.MALE, 1992, "Kinh", "Chuyên viên", office);
		staff("Võ Thị Thanh Tâm", Gender.FEMALE, 1995, "Kinh", "Kế toán", office);

		// Commune Front chairs: party members whose cells (the communes' own) are not recorded here.
		Person tanLapChair = staff("A Thuận", Gender.MALE, 1978, "Xơ Đăng",
				"Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Lập", tanLapBoard);
		tanLapChair.recordPartyMembership(true, null);
		Person dakRuongChair = staff("Đinh Thị Hoa", Gender.FEMALE, 1983, "Ba Na",
				"Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Ruồng", dakRuongBoard);
		dakRuongChair.recordPartyMembership(true, null);
	}

	private LocalityView place(String code) {
		return localities.findByCode(code, DEMO_DAY).orElseThrow();
	}

	private Organisation add(String name, OrganisationKind kind, LocalityView locality, Organisation parent) {
		Organisation organisation = Organisation.found(name, kind, locality, null, LAST_DAY);
		organisation.placeUnder(parent, Set.of());
		return organisations.save(organisation);
	}

	private Person staff(String name, Gender gender, int born, String ethnicity, String position,
			Organisation workplace) {
		Person person = Person.enrol(name, gender, born, ethnicity, position, workplace);
		person.recordPartyMembership(false, null);
		return people.save(person);
	}

	private void member(String name, Gender gender, int born, String ethnicity, String position,
			Organisation workplace, Organisation cell) {
		Person person = Person.enrol(name, gender, born, ethnicity, position, workplace);
		person.recordPartyMembership(true, cell);
		people.save(person);
	}

}
