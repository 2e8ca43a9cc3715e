package vn.mohinh.shared.files;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.http.MediaType;

/** The file types MoHinh accepts, recognised from their content by {@link FileSniffer}, never from name or declared type. */
public enum FileType {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	// The OLE2 container of Word 97-2003 (also used by old Excel); enough to refuse everything else.
	DOC("application/msword", "doc"),
	JPEG("image/jpeg", "jpg"),
	PNG("image/png", "png"),
	WEBP("image/webp", "webp");

	private static final Set<FileType> IMAGES = Collections.unmodifiableSet(EnumSet.of(JPEG, PNG, WEBP));

	private final String mediaType;
	private final String extension;

	FileType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	/** Photos: what a phone camera or a scanner app produces and every browser shows. */
	public static Set<FileType> images() {
		return IMAGES;
	}

	/** The type whose media type this is, e.g. "image/jpeg" as stored beside a file's hash. */
	public static java.util.Optional<FileType> ofMediaType(String mediaType) {
		return java.util.Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(String.valueOf(mediaType).strip()))
			.findFirst();
	}

	public MediaType mediaType() {
		return MediaType.parseMediaType(mediaType);
	}

	public String extension() {
		return extension;
	}

	public boolean isImage() {
		return IMAGES.contains(this);
	}

}
