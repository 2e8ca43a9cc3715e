package vn.mohinh.shared.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * A list export to .xlsx that streams: rows go to a temporary file as they come (POI's SXSSF), so a
 * list of any length costs the memory of a hundred rows. Bold frozen header, column widths, dates as
 * real Excel dates shown dd/MM/yyyy, an optional title row above the header.
 *
 * <pre>
 * ExcelExport.&lt;Card&gt;sheet(msg("…sheet"))
 * 	.title(msg("…title"))
 * 	.column(msg("…number"), 16, Card::number)
 * 	.column(msg("…date"), 12, Card::issuedOn)
 * 	.write(ExcelExport.pages(p -&gt; register.list(query, p), PageRequest.of(0, 500, sort)), out);
 * </pre>
 */
public final class ExcelExport<T> {

	/** Excel's own limit of characters in a cell. */
	private static final int MAX_CELL_TEXT = 32_767;
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	// Rows kept in memory before SXSSF flushes them to its temporary file.
	private static final int WINDOW = 100;

	private record Column<T>(String header, int width, Function<? super T, ?> value) {
	}

	private final String sheetName;
	private final List<Column<T>> columns = new ArrayList<>();
	private String title;

	private ExcelExport(String sheetName) {
		this.sheetName = WorkbookUtil.createSafeSheetName(sheetName);
	}

	/** A new export to one sheet; names Excel refuses ({@code / ? *}, over 31 characters) are made safe. */
	public static <T> ExcelExport<T> sheet(String name) {
		return new ExcelExport<>(name);
	}

	/** A bold line above the header, e.g. the list's name and filters. */
	public ExcelExport<T> title(String title) {
		this.title = title;
		return this;
	}

	/**
	 * A column: its header, its width in characters, and its value for a row: text, a number, a
	 * {@link LocalDate} or {@link LocalDateTime} or {@link Instant} (a real date), a boolean, or null.
	 */
	public ExcelExport<T> column(String header, int widthInCharacters, Function<? super T, ?> value) {
		columns.add(new Column<>(header, widthInCharacters, value));
		return this;
	}

	/**
	 * Writes the workbook. {@code rows} is read once, in order, and may fetch lazily (see
	 * {@link #pages}); {@code out} is not closed.
	 */
	public void write(Iterable<? extends T> rows, OutputStream out) throws IOException {
		if (columns.isEmpty()) {
			throw new IllegalStateException("an export needs at least one column");
		}
		SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true);
		try {
			Styles styles = new Styles(workbook);
			SXSSFSheet sheet = workbook.createSheet(sheetName);
			int next = 0;
			if (title != null && !title.isBlank()) {
				Row row = sheet.createRow(next++);
				Cell cell = row.createCell(0);
				cell.setCellValue(title);
				cell.setCellStyle(styles.title);
				if (columns.size() > 1) {
					sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
				}
			}
			int headerRow = next++;
			Row header = sheet.createRow(headerRow);
			for (int i = 0; i < columns.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(columns.get(i).header());
				cell.setCellStyle(styles.header);
				sheet.setColumnWidth(i, Math.min(255, Math.max(4, columns.get(i).width())) * 256);
			}
			sheet.createFreezePane(0, headerRow + 1);
			sheet.setAutoFilter(new CellRangeAddress(headerRow, headerRow, 0, columns.size() - 1));
			int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
			for (T item : rows) {
				if (next > lastRow) {
					// Excel opens no more; a list this long needs a narrower filter.
					throw new IllegalStateException("more rows than a sheet holds");
				}
				Row row = sheet.createRow(next++);
				for (int i = 0; i < columns.size(); i++) {
					set(row.createCell(i), columns.get(i).value().apply(item), styles);
				}
			}
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/**
	 * The rows of a paged query, fetched one page at a time as the export reads them, so that no
	 * whole table is ever loaded. {@code first} carries the page size and a sort that makes the order
	 * total (end it with the id); rows that move while the export runs may appear twice or not at all.
	 */
	public static <T> Iterable<T> pages(Function<Pageable, ? extends Slice<? extends T>> query, Pageable first) {
		return () -> new Iterator<>() {

			private Pageable pageable = first;
			private Iterator<? extends T> current = List.<T>of().iterator();
			private boolean more = true;

			@Override
			public boolean hasNext() {
				while (!current.hasNext() && more) {
					Slice<? extends T> slice = query.apply(pageable);
					current = slice.getContent().iterator();
					more = slice.hasNext();
					pageable = slice.nextPageable();
				}
				return current.hasNext();
			}

			@Override
			public T next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return current.next();
			}

		};
	}

	private static void set(Cell cell, Object value, Styles styles) {
		if (value == null) {
			return;
		}
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
		}
		else if (value instanceof LocalDateTime time) {
			cell.setCellValue(time);
			cell.setCellStyle(styles.dateTime);
		}
		else if (value instanceof Instant instant) {
			cell.setCellValue(LocalDateTime.ofInstant(instant, VIETNAM));
			cell.setCellStyle(styles.dateTime);
		}
		else if (value instanceof BigDecimal || value instanceof BigInteger) {
			cell.setCellValue(((Number) value).doubleValue());
			cell.setCellStyle(styles.text);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			cell.setCellStyle(styles.text);
		}
		else if (value instanceof Boolean bool) {
			cell.setCellValue(bool);
			cell.setCellStyle(styles.text);
		}
		else {
			String text = value.toString();
			// Stored as a string cell: a text starting with "=" stays text, never a formula.
			cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
			cell.setCellStyle(styles.text);
		}
	}

	/** One of each style per workbook: Excel has a limit on their number. */
	private static final class Styles {

		final CellStyle title;
		final CellStyle header;
		final CellStyle text;
		final CellStyle date;
		final CellStyle dateTime;

		Styles(SXSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			title = workbook.createCellStyle();
			title.setFont(big);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.TOP);
			text = workbook.createCellStyle();
			text.setVerticalAlignment(VerticalAlignment.TOP);
			text.setWrapText(true);
			date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			date.setVerticalAlignment(VerticalAlignment.TOP);
			dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
			dateTime.setVerticalAlignment(VerticalAlignment.TOP);
		}

	}

}
