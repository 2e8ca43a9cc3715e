package vn.mohinh.commendation;

/** Đề nghị (proposed) → đã quyết định khen thưởng (decided) or không khen thưởng (declined, with a reason). */
public enum NominationStatus {

	PROPOSED, DECIDED, DECLINED;

	public String messageKey() {
		return "nomination.status." + name();
	}

}
