package vn.mohinh.organisation;

/** The record changed after the form was opened; the form is shown again with the saved values. */
class StaleEditException extends RuntimeException {

	StaleEditException() {
		super("stale edit");
	}

}
