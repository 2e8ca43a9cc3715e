package vn.mohinh.shared.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.web.multipart.MultipartFile;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import vn.mohinh.shared.text.VietnameseText;

/**
 * Reads the first sheet of an uploaded .xlsx into {@link ExcelRow}s, for imports that check every
 * row before they import any. The sheet is parsed as a stream of XML events (no workbook in memory),
 * within limits of bytes and rows; every failure is an {@link ExcelReadException} with a message
 * key, never a POI exception.
 */
public final class ExcelReader {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private ExcelReader() {
	}

	/** As {@link #read(InputStream, long, int)}, refusing an oversized upload before reading it. */
	public static List<ExcelRow> read(MultipartFile upload, long maxBytes, int maxRows) {
		if (upload == null || upload.isEmpty()) {
			throw new ExcelReadException("excel.error.empty");
		}
		if (upload.getSize() > maxBytes) {
			throw tooLarge(maxBytes);
		}
		try (InputStream in = upload.getInputStream()) {
			return read(in, maxBytes, maxRows);
		}
		catch (IOException ex) {
			throw new ExcelReadException("excel.error.unreadable", ex);
		}
	}

	/**
	 * The non-blank rows of the first sheet, header included, in order; cells are NFC text. At most
	 * {@code maxRows} non-blank rows (header included) and {@code maxBytes} bytes of file.
	 *
	 * @throws ExcelReadException {@code excel.error.tooLarge} (arg: MB), {@code excel.error.tooManyRows}
	 *         (arg: the limit), {@code excel.error.notXlsx}, {@code excel.error.empty}
	 */
	public static List<ExcelRow> read(InputStream content, long maxBytes, int maxRows) {
		Path temp = null;
		try {
			// OPC reads a zip's central directory at its end: a file, not a stream, keeps memory flat.
			temp = Files.createTempFile("mohinh-import-", ".xlsx");
			copy(content, temp, maxBytes);
			byte[] head;
			try (InputStream in = Files.newInputStream(temp)) {
				head = in.readNBytes(ZIP.length);
			}
			if (head.length == 0) {
				throw new ExcelReadException("excel.error.empty");
			}
			if (!Arrays.equals(head, ZIP)) {
				throw new ExcelReadException("excel.error.notXlsx");
			}
			return parse(temp, maxRows);
		}
		catch (IOException ex) {
			throw new ExcelReadException("excel.error.unreadable", ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					// A temporary file; the system cleans its temp directory.
				}
			}
		}
	}

	private static void copy(InputStream in, Path target, long maxBytes) throws IOException {
		try (OutputStream out = Files.newOutputStream(target)) {
			byte[] buffer = new byte[64 * 1024];
			long size = 0;
			int n;
			while ((n = in.read(buffer)) != -1) {
				size += n;
				if (size > maxBytes) {
					throw tooLarge(maxBytes);
				}
				out.write(buffer, 0, n);
			}
		}
	}

	private static List<ExcelRow> parse(Path file, int maxRows) {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (Exception ex) {
			// InvalidFormatException, NotOfficeXmlFileException, zip-bomb guards: all mean "not a workbook we read".
			throw new ExcelReadException("excel.error.notXlsx", ex);
		}
		try {
			XSSFReader reader = new XSSFReader(pkg);
			StylesTable styles = reader.getStylesTable();
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new ExcelReadException("excel.error.empty");
			}
			Rows rows = new Rows(maxRows);
			try (InputStream sheet = sheets.next()) {
				XMLReader xml = XMLHelper.newXMLReader();
				xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new PlainFormatter(), false));
				xml.parse(new InputSource(sheet));
			}
			catch (TooManyRows ex) {
				throw new ExcelReadException("excel.error.tooManyRows", maxRows);
			}
			if (rows.rows.isEmpty()) {
				throw new ExcelReadException("excel.error.empty");
			}
			return rows.rows;
		}
		catch (ExcelReadException ex) {
			throw ex;
		}
		catch (IOException | SAXException | ParserConfigurationException | RuntimeException ex) {
			throw new ExcelReadException("excel.error.notXlsx", ex);
		}
		catch (Exception ex) {
			// XSSFReader declares OpenXML4JException.
			throw new ExcelReadException("excel.error.notXlsx", ex);
		}
		finally {
			// Opened read-only: revert, never save.
			pkg.revert();
		}
	}

	private static ExcelReadException tooLarge(long maxBytes) {
		return new ExcelReadException("excel.error.tooLarge", maxBytes / (1024.0 * 1024.0));
	}

	/** Collects rows from POI's events; columns skipped by the file (empty cells) become "". */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final int maxRows;
		final List<ExcelRow> rows = new ArrayList<>();
		private List<String> cells;
		private int number;

		Rows(int maxRows) {
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			number = rowNum + 1;
			cells = new ArrayList<>();
		}

		@Override
		public void cell(String reference, String formattedValue, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			String text = formattedValue == null ? "" : VietnameseText.clean(formattedValue);
			if (column < cells.size()) {
				cells.set(column, text);
			}
			else {
				cells.add(text);
			}
		}

		@Override
		public void endRow(int rowNum) {
			ExcelRow row = new ExcelRow(number, cells);
			if (row.isBlank()) {
				return;
			}
			if (rows.size() >= maxRows) {
				// Stops the parse at once, so that a huge sheet costs nothing more.
				throw new TooManyRows();
			}
			rows.add(row);
		}

	}

	/** Unchecked: the content handler's methods may not throw checked exceptions. */
	private static final class TooManyRows extends RuntimeException {

		private static final long serialVersionUID = 1L;

	}

	/** Dates as dd/MM/yyyy, numbers as written (12, 0.5, 1234567), whatever the cell's display format. */
	private static final class PlainFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing);
				return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.format(DAY) : time.format(DAY_TIME);
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

}
