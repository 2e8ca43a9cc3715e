package vn.mohinh.inspection;

/** Someone saved the inspection after the user opened it; the user's change is refused, not merged. */
class StaleInspectionException extends RuntimeException {

	StaleInspectionException(Object id) {
		super("inspection " + id + " changed meanwhile");
	}

}
