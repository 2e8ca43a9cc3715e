package vn.mohinh.inspection;

/** A follow-up action is open until its person in charge reports it done. */
public enum ActionStatus {

	OPEN, DONE;

	public String messageKey() {
		return "inspection.action.status." + name();
	}

}
