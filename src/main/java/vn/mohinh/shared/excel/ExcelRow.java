package vn.mohinh.shared.excel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * A row of an uploaded sheet: its number as the spreadsheet shows it (the first row is 1) and its
 * cells as text, trimmed, with "" for an empty cell. Date cells arrive as dd/MM/yyyy, numbers without
 * a trailing ".0", so that a date typed as text and a real date read alike.
 */
public record ExcelRow(int number, List<String> cells) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	public ExcelRow {
		cells = List.copyOf(cells);
	}

	/** The cell's text; "" when the row is shorter. Columns count from 0. */
	public String text(int column) {
		return column < cells.size() ? cells.get(column) : "";
	}

	/**
	 * The cell as a day: a real Excel date or a text such as 01/07/2025 or 1/7/2025. Empty when the
	 * cell is blank or holds no valid day; tell them apart with {@link #text(int)}.
	 */
	public Optional<LocalDate> date(int column) {
		String text = text(column);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text, DAY));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	public boolean isBlank() {
		return cells.stream().allMatch(String::isEmpty);
	}

}
