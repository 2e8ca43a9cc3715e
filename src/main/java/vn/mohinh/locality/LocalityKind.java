package vn.mohinh.locality;

/** Kinds of administrative unit and village; {@link #level()} places them in the tree. */
public enum LocalityKind {

	TINH(Level.PROVINCE), THANH_PHO_TW(Level.PROVINCE),
	HUYEN(Level.DISTRICT), QUAN(Level.DISTRICT), THI_XA(Level.DISTRICT), THANH_PHO_THUOC_TINH(Level.DISTRICT),
	THANH_PHO_THUOC_TP_TW(Level.DISTRICT),
	XA(Level.COMMUNE), PHUONG(Level.COMMUNE), THI_TRAN(Level.COMMUNE), DAC_KHU(Level.COMMUNE),
	THON(Level.VILLAGE), TO_DAN_PHO(Level.VILLAGE), LANG(Level.VILLAGE), BUON(Level.VILLAGE);

	public enum Level { PROVINCE, DISTRICT, COMMUNE, VILLAGE }

	private final Level level;

	LocalityKind(Level level) {
		this.level = level;
	}

	public Level level() {
		return level;
	}

	public boolean isVillage() {
		return level == Level.VILLAGE;
	}

	/** The kind for a {@code type_code} of the official lists. */
	static LocalityKind fromTypeCode(String typeCode) {
		return switch (typeCode) {
			case "tinh" -> TINH;
			case "thanh_pho_truc_thuoc_trung_uong" -> THANH_PHO_TW;
			case "huyen" -> HUYEN;
			case "quan" -> QUAN;
			case "thi_xa" -> THI_XA;
			case "thanh_pho_thuoc_tinh" -> THANH_PHO_THUOC_TINH;
			case "thanh_pho_thuoc_thanh_pho_truc_thuoc_trung_uong" -> THANH_PHO_THUOC_TP_TW;
			case "xa" -> XA;
			case "phuong" -> PHUONG;
			case "thi_tran" -> THI_TRAN;
			case "dac_khu" -> DAC_KHU;
			default -> throw new IllegalArgumentException("Unknown administrative unit type: " + typeCode);
		};
	}

}
