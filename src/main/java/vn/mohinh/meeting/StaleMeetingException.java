package vn.mohinh.meeting;

/** The record was changed by someone else since the form was opened. */
class StaleMeetingException extends RuntimeException {

	StaleMeetingException() {
		super("stale");
	}

}
