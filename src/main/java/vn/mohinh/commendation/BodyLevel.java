package vn.mohinh.commendation;

/** The level of the body that decides or praises: trung ương, tỉnh, huyện, xã. */
public enum BodyLevel {

	CENTRAL, PROVINCE, DISTRICT, COMMUNE;

	public String messageKey() {
		return "commendation.level." + name();
	}

}
