package vn.mohinh.document;

import org.springframework.stereotype.Component;

import vn.mohinh.shared.files.FileReferences;

/** Tells the shared file store which stored files a guiding document still points to. */
@Component
class DocumentFileReferences implements FileReferences {

	private final Documents documents;

	DocumentFileReferences(Documents documents) {
		this.documents = documents;
	}

	@Override
	public boolean references(String hash) {
		return documents.existsByAttachmentSha256(hash);
	}

}
