package vn.mohinh.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An attached file: its content hash (where the bytes are), the name it was uploaded with, its sniffed type. */
@Embeddable
record Attachment(@Column(name = "file_hash") String sha256, @Column(name = "file_name") String name,
		@Enumerated(EnumType.STRING) @Column(name = "file_type") FileType type, @Column(name = "file_size") Long size) {

}
