package vn.mohinh.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.mohinh.shared.files.FileType;

/** A photo taken during the inspection, stored by content hash, with the text that describes it. */
@Embeddable
public record Photo(@Column(name = "file_hash") String sha256, @Column(name = "file_name") String name,
		@Enumerated(EnumType.STRING) @Column(name = "file_type") FileType type, @Column(name = "file_size") Long size,
		@Column(name = "alt_text") String altText) {
}
