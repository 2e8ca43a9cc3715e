package vn.mohinh.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Download names survive any browser and cannot break the header. */
class ContentDispositionsTests {

	@Test
	void vietnameseNamesTravelAsRfc5987WithAnAsciiFallback() {
		assertThat(ContentDispositions.attachment("Kế hoạch 43.pdf"))
			.isEqualTo("attachment; filename=\"Ke hoach 43.pdf\"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2043.pdf");
	}

	@Test
	void quotesAndSeparatorsCannotBreakTheHeader() {
		assertThat(ContentDispositions.attachment("a\";b.pdf"))
			.isEqualTo("attachment; filename=\"a__b.pdf\"; filename*=UTF-8''a%22%3Bb.pdf");
		assertThat(ContentDispositions.asciiFallback("Đắk Ruồng.pdf")).isEqualTo("Dak Ruong.pdf");
	}

	@Test
	void photosAreShownInline() {
		assertThat(ContentDispositions.inline("Ảnh thôn 2.jpg"))
			.isEqualTo("inline; filename=\"Anh thon 2.jpg\"; filename*=UTF-8''%E1%BA%A2nh%20th%C3%B4n%202.jpg");
	}

}
