package vn.mohinh.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.mohinh.shared.files.FileType;
import vn.mohinh.shared.files.StoredFile;

/** An attached file: its content hash (where the bytes are), the name it was uploaded with, its sniffed type. */
@Embeddable
record Attachment(@Column(name = "file_hash") String sha256, @Column(name = "file_name") String name,
		@Enumerated(EnumType.STRING) @Column(name = "file_type") FileType type, @Column(name = "file_size") Long size) {

	static Attachment of(StoredFile file) {
		return new Attachment(file.hash(), file.name(), file.type(), file.size());
	}

}
