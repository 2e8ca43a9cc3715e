package vn.mohinh.commendation;

/**
 * The two catalogues of a formal commendation, never mixed (people confuse them, so the software
 * keeps them apart): a form of reward (hình thức khen thưởng) or an emulation title (danh hiệu thi đua).
 */
public enum AwardCategory {

	FORM, TITLE;

	public String messageKey() {
		return "commendation.category." + name();
	}

}
