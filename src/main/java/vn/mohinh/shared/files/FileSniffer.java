package vn.mohinh.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells a file's type from its first bytes (magic numbers). Zip files are opened to tell Word and
 * Excel documents from any other zip (a renamed .jar or .apk is refused).
 */
public final class FileSniffer {

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };
	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	// RIFF container: "RIFF", four bytes of length, then the form type; WAVE or AVI are no photos.
	private static final byte[] RIFF = { 'R', 'I', 'F', 'F' };
	private static final byte[] WEBP = { 'W', 'E', 'B', 'P' };
	// An OOXML package names its parts within the first few entries; no need to read thousands.
	private static final int MAX_ZIP_ENTRIES = 2000;

	private FileSniffer() {
	}

	/** The type of the file's content, or empty for anything MoHinh does not accept. */
	public static Optional<FileType> sniff(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(16);
		}
		if (startsWith(head, PDF)) {
			return Optional.of(FileType.PDF);
		}
		if (startsWith(head, PNG)) {
			return Optional.of(FileType.PNG);
		}
		if (startsWith(head, JPEG)) {
			return Optional.of(FileType.JPEG);
		}
		if (startsWith(head, RIFF) && head.length >= 12 && Arrays.equals(head, 8, 12, WEBP, 0, 4)) {
			return Optional.of(FileType.WEBP);
		}
		if (startsWith(head, OLE2)) {
			return Optional.of(FileType.DOC);
		}
		if (startsWith(head, ZIP)) {
			return officeType(file);
		}
		return Optional.empty();
	}

	/**
	 * DOCX and XLSX are zips with a [Content_Types].xml and a word/ or xl/ part. Only the central
	 * directory is read, nothing is inflated, so a zip bomb costs nothing.
	 */
	private static Optional<FileType> officeType(Path file) {
		boolean contentTypes = false;
		FileType type = null;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			int count = 0;
			while (entries.hasMoreElements() && count++ < MAX_ZIP_ENTRIES) {
				String name = entries.nextElement().getName();
				if (name.equals("[Content_Types].xml")) {
					contentTypes = true;
				}
				else if (type == null && name.startsWith("word/")) {
					type = FileType.DOCX;
				}
				else if (type == null && name.startsWith("xl/")) {
					type = FileType.XLSX;
				}
				if (contentTypes && type != null) {
					return Optional.of(type);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// A broken zip is no Office document.
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
	}

}
