package vn.mohinh.commendation;

/** Someone saved the record after the user opened it; the user's change is refused, not merged. */
class StaleCommendationException extends RuntimeException {

	StaleCommendationException(Object id) {
		super("record " + id + " changed meanwhile");
	}

}
