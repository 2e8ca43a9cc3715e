package vn.mohinh.inspection;

/** An inspection stands as recorded, or was withdrawn with a reason; none is ever deleted. */
public enum InspectionStatus {

	RECORDED, WITHDRAWN;

	public String messageKey() {
		return "inspection.status." + name();
	}

}
