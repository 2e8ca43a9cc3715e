package vn.mohinh.shared.excel;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome of an all-or-nothing import: either every row was imported, or none was and the
 * problems say why, row by row.
 */
public record ImportResult(int imported, List<ImportProblem> problems) {

	public ImportResult {
		problems = problems.stream().sorted(Comparator.comparingInt(ImportProblem::row)).toList();
		if (!problems.isEmpty() && imported != 0) {
			throw new IllegalArgumentException("an import with problems imports nothing");
		}
	}

	public static ImportResult imported(int count) {
		return new ImportResult(count, List.of());
	}

	public static ImportResult refused(List<ImportProblem> problems) {
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("a refusal needs a reason");
		}
		return new ImportResult(0, problems);
	}

	public boolean ok() {
		return problems.isEmpty();
	}

}
