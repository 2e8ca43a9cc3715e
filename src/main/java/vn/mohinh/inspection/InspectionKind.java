package vn.mohinh.inspection;

/** What kind of visit: kiểm tra (inspection), giám sát (supervision), khảo sát (survey). */
public enum InspectionKind {

	KIEM_TRA, GIAM_SAT, KHAO_SAT;

	public String messageKey() {
		return "inspection.kind." + name();
	}

	/** A survey looks and reports; it need not rate the model. */
	public boolean rates() {
		return this != KHAO_SAT;
	}

}
