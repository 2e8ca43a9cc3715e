package vn.mohinh.evaluation;

/** Someone saved the record after the user opened it; the user's change is refused, not merged. */
class StaleEvaluationException extends RuntimeException {

	StaleEvaluationException(Object id) {
		super("record " + id + " changed meanwhile");
	}

}
