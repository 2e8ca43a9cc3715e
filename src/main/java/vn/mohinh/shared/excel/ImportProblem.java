package vn.mohinh.shared.excel;

import java.util.Arrays;
import java.util.List;

/**
 * One line of an import's error report: the row as the spreadsheet numbers it (0 for the file as a
 * whole), the column's header if the problem is in one cell, a message key and its arguments.
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> args) {

	public ImportProblem {
		args = List.copyOf(args);
	}

	public ImportProblem(int row, String column, String messageKey, Object... args) {
		this(row, column, messageKey, Arrays.asList(args));
	}

	/** For {@code MessageSource.getMessage(key, args, locale)} and Thymeleaf's {@code #{key(args)}}. */
	public Object[] argArray() {
		return args.toArray();
	}

}
