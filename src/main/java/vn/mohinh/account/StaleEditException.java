package vn.mohinh.account;

/** The form was filled in from a version of the record that someone else has changed since. */
class StaleEditException extends RuntimeException {

	StaleEditException() {
		super("stale edit");
	}

}
