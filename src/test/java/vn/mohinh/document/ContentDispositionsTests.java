package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
	void uploadNamesLoseTheirDirectories() {
		String hash = "a".repeat(64);
		assertThat(FileStore.displayName("C:\\Users\\x\\Kế hoạch.pdf", hash, FileType.PDF)).isEqualTo("Kế hoạch.pdf");
		assertThat(FileStore.displayName("../../etc/passwd", hash, FileType.PDF)).isEqualTo("passwd");
		assertThat(FileStore.displayName("", hash, FileType.PDF)).isEqualTo("aaaaaaaaaaaa.pdf");
	}

}
