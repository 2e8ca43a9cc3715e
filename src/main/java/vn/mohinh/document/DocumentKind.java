package vn.mohinh.document;

/** The kind of a guiding document; labels come from {@code document.kind.<NAME>} in the message files. */
public enum DocumentKind {

	CHI_THI, NGHI_QUYET, KET_LUAN, KE_HOACH, HUONG_DAN, QUYET_DINH, CONG_VAN, CUOC_VAN_DONG, PHONG_TRAO, OTHER;

	public String messageKey() {
		return "document.kind." + name();
	}

}
