package vn.mohinh.initiative;

/** Someone saved the record after the user opened it; the user's change is refused, not merged. */
class StaleInitiativeException extends RuntimeException {

	StaleInitiativeException(Object id) {
		super("record " + id + " changed meanwhile");
	}

}
