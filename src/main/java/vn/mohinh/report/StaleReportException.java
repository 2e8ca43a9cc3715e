package vn.mohinh.report;

/** The report was changed by someone else since the form was opened. */
class StaleReportException extends RuntimeException {

	StaleReportException(long id) {
		super("report " + id + " changed meanwhile");
	}

}
