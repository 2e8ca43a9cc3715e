package vn.mohinh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mohinh.shared.text.VietnameseText;

class VietnameseTextTests {

	@Test
	void foldIgnoresAccentsCaseAndDStroke() {
		assertThat(VietnameseText.fold("Đắk Ruồng")).isEqualTo("dak ruong");
		assertThat(VietnameseText.fold("Đăk Ruồng")).isEqualTo("dak ruong");
		assertThat(VietnameseText.fold("  KHU DÂN CƯ   Văn hóa ")).isEqualTo("khu dan cu van hoa");
	}

	@Test
	void cleanStoresNfcWithSingleSpaces() {
		String decomposed = "Tân Lập".replace("ậ", "a\u0323\u0302");
		assertThat(VietnameseText.clean(" " + decomposed + "  ")).isEqualTo("Tân Lập");
	}

	@Test
	void sortKeysFollowVietnameseOrderAndNumbers() {
		List<String> names = new ArrayList<>(List.of("Thôn 10", "Đắk Kôi", "Thôn 2", "Tân Lập", "Dung", "Ánh", "An"));
		names.sort(Comparator.comparing(VietnameseText::sortKey));
		assertThat(names).containsExactly("An", "Ánh", "Dung", "Đắk Kôi", "Tân Lập", "Thôn 2", "Thôn 10");
	}

}
