package vn.mohinh.document;

/**
 * Where the user wants the document: an official code typed in ({@code localityCode}, which wins), a
 * locality picked from the list ({@code localityId}), or neither, which means national.
 */
record PlaceChoice(Long localityId, String localityCode) {

	boolean byCode() {
		return localityCode != null && !localityCode.isBlank();
	}

}
