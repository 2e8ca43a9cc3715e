package vn.mohinh.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Types are told by content: a renamed program or web page is refused whatever it is called. */
public class FileSnifferTests {

	@TempDir
	Path dir;

	/** A small PDF; the text makes its hash unique. */
	public static byte[] pdf(String text) {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private Optional<FileType> sniff(byte[] content) throws IOException {
		Path file = Files.createTempFile(dir, "f", ".pdf");
		Files.write(file, content);
		return FileSniffer.sniff(file);
	}

	@Test
	void recognisesTheAcceptedTypes() throws IOException {
		assertThat(sniff(pdf("x"))).contains(FileType.PDF);
		assertThat(sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 })).contains(FileType.PNG);
		assertThat(sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' }))
			.contains(FileType.JPEG);
		assertThat(sniff(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0 })).contains(FileType.DOC);
		assertThat(sniff(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"))).contains(FileType.DOCX);
		assertThat(sniff(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(FileType.XLSX);
		assertThat(sniff(webp())).contains(FileType.WEBP);
	}

	/** The head of a lossy WebP: "RIFF", the length, "WEBP", the first chunk. */
	static byte[] webp() {
		return new byte[] { 'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ', 0, 0 };
	}

	@Test
	void refusesProgramsPagesAndOtherZips() throws IOException {
		// A Windows program renamed to .pdf.
		assertThat(sniff(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 })).isEmpty();
		assertThat(sniff("<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		// A PDF header further down is no PDF: the magic must come first.
		assertThat(sniff(("<html>" + new String(pdf("x"), StandardCharsets.US_ASCII)).getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(sniff(zip("META-INF/MANIFEST.MF", "App.class"))).isEmpty();
		assertThat(sniff(zip("word/document.xml"))).as("no [Content_Types].xml").isEmpty();
		assertThat(sniff(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })).as("a broken zip").isEmpty();
		assertThat(sniff(new byte[0])).isEmpty();
		// Other RIFF files (sound, video) are no photos.
		assertThat(sniff(new byte[] { 'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' ' })).isEmpty();
		assertThat(sniff(new byte[] { 'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'E' })).as("cut short").isEmpty();
	}

}
