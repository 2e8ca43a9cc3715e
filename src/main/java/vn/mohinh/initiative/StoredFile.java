package vn.mohinh.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.mohinh.shared.files.FileType;

/** A photo (with its alternative text) or an attached file of a model, stored by content hash. */
@Embeddable
public record StoredFile(@Column(name = "photo") Boolean photo, @Column(name = "file_hash") String sha256,
		@Column(name = "file_name") String name, @Enumerated(EnumType.STRING) @Column(name = "file_type") FileType type,
		@Column(name = "file_size") Long size, @Column(name = "alt_text") String altText) {

	public boolean isPhoto() {
		return Boolean.TRUE.equals(photo);
	}

}
