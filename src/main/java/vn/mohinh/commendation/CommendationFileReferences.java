package vn.mohinh.commendation;

import org.springframework.stereotype.Component;

import vn.mohinh.shared.files.FileReferences;

/** Scanned decisions are referenced by commendations, so the file store keeps them. */
@Component
class CommendationFileReferences implements FileReferences {

	private final Commendations commendations;

	CommendationFileReferences(Commendations commendations) {
		this.commendations = commendations;
	}

	@Override
	public boolean references(String hash) {
		return commendations.existsByScanHash(hash);
	}

}
