package vn.mohinh.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.mohinh.MoHinhTest;

/** The searches other modules' pickers use: accent-insensitive, in the signed-in user's scope only. */
@MoHinhTest
class OrganisationSearchTests {

	@Autowired
	OrganisationDirectory directory;

	@Test
	@WithUserDetails("huyen")
	void theDistrictFindsItsBoardsWithoutAccents() {
		assertThat(directory.search("ban tuyen giao kon ray", 10)).extracting(OrganisationView::name)
			.containsExactly("Ban Tuyên giáo Huyện ủy Kon Rẫy");
		assertThat(directory.search("TOA AN", 10)).extracting(OrganisationView::name)
			.contains("Tòa án nhân dân huyện Kon Rẫy");
		assertThat(directory.search("", 3)).hasSize(3);
		assertThat(directory.searchPartyMembers("pham van duc", 10)).extracting(PersonView::fullName)
			.containsExactly("Phạm Văn Đức");
		// Staff who are not party members are not offered.
		assertThat(directory.searchPartyMembers("hoang van nam", 10)).isEmpty();
	}

	@Test
	@WithUserDetails("dakruong")
	void theCommuneFindsOnlyWhatLiesInItsCommune() {
		assertThat(directory.search("ban thuong truc", 20)).extracting(OrganisationView::name)
			.contains("Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng")
			.doesNotContain("Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập");
		assertThat(directory.search("tan lap", 10)).isEmpty();
		assertThat(directory.search("ban tuyen giao", 10)).isEmpty();
		assertThat(directory.searchPartyMembers("", 50)).extracting(PersonView::fullName).contains("Đinh Thị Hoa")
			.doesNotContain("A Thuận", "Phạm Văn Đức");
	}

}
