package vn.mohinh.commendation;

/** Khen thưởng (a decision with a number) or biểu dương (praise at a meeting or a ceremony, no number). */
public enum CommendationKind {

	FORMAL, PRAISE;

	public String messageKey() {
		return "commendation.kind." + name();
	}

}
