package vn.mohinh.inspection;

import org.springframework.stereotype.Component;

import vn.mohinh.shared.files.FileReferences;

/** Tells the shared file store which stored files inspections' photos still point to. */
@Component
class InspectionFileReferences implements FileReferences {

	private final Inspections inspections;

	InspectionFileReferences(Inspections inspections) {
		this.inspections = inspections;
	}

	@Override
	public boolean references(String hash) {
		return inspections.referencesPhoto(hash);
	}

}
