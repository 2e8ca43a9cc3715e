package vn.mohinh.shared.excel;

/**
 * An uploaded workbook that cannot be read as a whole: not an .xlsx, too large, too many rows, no
 * rows. Carries a message key of {@code messages/shared} ({@code excel.error.*}) and its arguments,
 * never POI's own words.
 */
public class ExcelReadException extends RuntimeException {

	private final transient Object[] args;

	ExcelReadException(String messageKey, Object... args) {
		super(messageKey);
		this.args = args;
	}

	ExcelReadException(String messageKey, Throwable cause) {
		super(messageKey, cause);
		this.args = new Object[0];
	}

	public String messageKey() {
		return getMessage();
	}

	public Object[] args() {
		return args.clone();
	}

	/** The same, as the one problem of an import's report. */
	public ImportProblem toProblem() {
		return new ImportProblem(0, null, messageKey(), args);
	}

}
