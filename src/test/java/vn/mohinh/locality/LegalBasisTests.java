package vn.mohinh.locality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegalBasisTests {

	@Test
	void citesResolutionsTheVietnameseWay() {
		assertThat(LegalBasis.vietnamese("NQ 1677/NQ-UBTVQH15 (2025-06-16) Art.1 cl.77"))
			.isEqualTo("Nghị quyết số 1677/NQ-UBTVQH15 ngày 16/06/2025, Điều 1 khoản 77");
		assertThat(LegalBasis.vietnamese("NQ 202/2025/QH15 (2025-06-12); policy 60-NQ/TW (2025-04-12) item 11"))
			.isEqualTo("Nghị quyết số 202/2025/QH15 ngày 12/06/2025; Nghị quyết số 60-NQ/TW ngày 12/04/2025, mục 11");
		assertThat(LegalBasis.vietnamese("")).isNull();
	}

}
