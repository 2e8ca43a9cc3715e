package vn.mohinh.document;

/**
 * Where a document belongs: a locality with its scope path and a frozen snapshot of its address
 * (so a 2019 document still reads "xã Tân Lập, huyện Kon Rẫy, tỉnh Kon Tum"), or nowhere (national).
 */
record Placement(Long localityId, String localityName, String scopePath) {

	static final Placement NATIONAL = new Placement(null, null, null);

	Placement {
		if ((localityId == null) != (scopePath == null)) {
			throw new IllegalArgumentException("locality and scope path go together");
		}
	}

	boolean national() {
		return localityId == null;
	}

}
