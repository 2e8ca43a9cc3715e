package vn.mohinh.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import vn.mohinh.commendation.CommendationEntry;
import vn.mohinh.commendation.CommendationFigures;
import vn.mohinh.evaluation.EvaluationFigures;
import vn.mohinh.evaluation.Rating;
import vn.mohinh.initiative.InitiativeStatistics;
import vn.mohinh.initiative.InitiativeStatistics.StartedModel;
import vn.mohinh.inspection.InspectionRegularity;
import vn.mohinh.locality.Scope;
import vn.mohinh.shared.text.VietnameseText;

/**
 * The Excel annex of a report (phụ lục): every model of its area running in its period with its
 * commune, villages, type, first day, pilot level in the period's last year, status, latest inspection
 * and latest rating; and a summary sheet by commune and by type. Computed from today's data, a page of
 * 500 models at a time, the rows streamed to a temporary file (SXSSF): memory does not grow with the
 * area. Always in Vietnamese, as the report.
 */
@Component
class ReportAnnex {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	private static final int WINDOW = 100;
	/** Most models of one part of the area read page by page (see {@link #chunks}). */
	static final long CHUNK = 5_000;
	/** Paths are at most 300 characters; a prefix is never cut beyond it. */
	private static final int MAX_PREFIX = 300;

	private final MessageSource messages;
	private final InitiativeStatistics statistics;
	private final InspectionRegularity inspections;
	private final EvaluationFigures evaluations;
	private final CommendationFigures commendations;

	ReportAnnex(MessageSource messages, InitiativeStatistics statistics, InspectionRegularity inspections,
			EvaluationFigures evaluations, CommendationFigures commendations) {
		this.messages = messages;
		this.statistics = statistics;
		this.inspections = inspections;
		this.evaluations = evaluations;
		this.commendations = commendations;
	}

	String fileName(ReportCard card) {
		return msg("reporting.annex.fileName", String.valueOf(card.id())) + ".xlsx";
	}

	void write(ReportCard card, Scope area, OutputStream out) throws IOException {
		write(card, area, out, done -> {
		});
	}

	/** As {@link #write(ReportCard, Scope, OutputStream)}, telling {@code progress} the models written after each page. */
	void write(ReportCard card, Scope area, OutputStream out, LongConsumer progress) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true);
		try {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));

			Sheet list = workbook.createSheet(msg("reporting.annex.sheet.models"));
			text(list.createRow(0).createCell(0), msg("reporting.annex.title", card.title()), bold);
			List<String> headers = List.of("number", "commune", "model", "type", "villages", "start", "level", "status",
					"inspected", "rating");
			Row header = list.createRow(1);
			int[] widths = { 6, 24, 40, 32, 20, 12, 18, 16, 14, 14 };
			for (int i = 0; i < headers.size(); i++) {
				text(header.createCell(i), msg("reporting.annex.col." + headers.get(i)), bold);
				list.setColumnWidth(i, widths[i] * 256);
			}
			list.createFreezePane(0, 2);
			Map<String, Long> byCommune = new LinkedHashMap<>();
			Map<String, Long> byType = new TreeMap<>(VietnameseText.comparing(s -> s));
			int next = 2;
			for (Scope chunk : chunks(area, card.periodFrom(), card.periodTo())) {
				// Keyset paging: the page after the last model written (start date, id).
				LocalDate afterStart = null;
				Long afterId = null;
				while (true) {
					List<StartedModel> page = statistics.runningAfter(chunk, card.periodFrom(), card.periodTo(),
							afterStart, afterId, InitiativeStatistics.MAX_PAGE);
					List<Long> ids = page.stream().map(StartedModel::id).toList();
					Map<Long, LocalDate> inspected = inspections.lastInspectedOn(ids, card.periodTo());
					Map<Long, Rating> ratings = evaluations.latestRatings(ids, card.periodTo().getYear());
					for (StartedModel m : page) {
						Row row = list.createRow(next);
						row.createCell(0).setCellValue(next - 1);
						text(row.createCell(1), m.communeName(), null);
						text(row.createCell(2), m.name(), null);
						text(row.createCell(3), m.typeName(), null);
						text(row.createCell(4), ReportWriter.villages(m.villageNames()), null);
						day(row.createCell(5), m.startDate(), date);
						text(row.createCell(6), msg(m.level().messageKey()), null);
						text(row.createCell(7), msg(m.status().messageKey()), null);
						day(row.createCell(8), inspected.get(m.id()), date);
						Rating rating = ratings.get(m.id());
						text(row.createCell(9), rating == null ? "" : msg(rating.messageKey()), null);
						byCommune.merge(m.communeName(), 1L, Long::sum);
						byType.merge(m.typeName(), 1L, Long::sum);
						next++;
					}
					progress.accept(next - 2L);
					if (page.size() < InitiativeStatistics.MAX_PAGE) {
						break;
					}
					StartedModel last = page.get(page.size() - 1);
					afterStart = last.startDate();
					afterId = last.id();
				}
			}

			Sheet summary = workbook.createSheet(msg("reporting.annex.sheet.summary"));
			summary.setColumnWidth(0, 40 * 256);
			summary.setColumnWidth(1, 14 * 256);
			int r = 0;
			r = table(summary, r, msg("reporting.annex.col.commune"), byCommune, bold);
			table(summary, r + 1, msg("reporting.annex.col.type"), byType, bold);
			commendations(workbook.createSheet(msg("reporting.annex.sheet.commendations")), card, area, bold, date);
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/**
	 * The area cut into parts of about {@link #CHUNK} models, by longer and longer path prefixes down to
	 * a unit's path (paths are digits and slashes, so a prefix's parts are itself followed by "/" or a
	 * digit): nationally, about one part per province. Each part is read by keyset pages
	 * ({@code runningAfter}); the parts were first made for offset paging, whose cost grew with the
	 * offset, and stay because the rows come province by province, each in registration order.
	 */
	List<Scope> chunks(Scope area, LocalDate from, LocalDate to) {
		java.util.Deque<String> todo = new java.util.ArrayDeque<>();
		if (area.everywhere()) {
			for (char c = '9'; c >= '1'; c--) {
				todo.push("/" + c);
			}
		}
		else if (area.prefixes().size() == 1) {
			todo.push(area.prefixes().get(0));
		}
		else {
			// Merged units: a few prefixes of one locality, each cut on its own.
			for (int i = area.prefixes().size() - 1; i >= 0; i--) {
				todo.push(area.prefixes().get(i));
			}
		}
		List<Scope> parts = new java.util.ArrayList<>();
		while (!todo.isEmpty()) {
			String prefix = todo.pop();
			Scope part = new Scope(false, List.of(prefix));
			long models = statistics.figures(part, from, to, 0).running();
			if (models == 0) {
				continue;
			}
			// A prefix ending in "/" is a unit's path, which models of the unit itself carry: its parts
			// would miss them, so it is not cut (a province of up to a few ten thousand models).
			if (models <= CHUNK || prefix.endsWith("/") || prefix.length() > MAX_PREFIX) {
				parts.add(part);
				continue;
			}
			for (char c = '9'; c >= '0'; c--) {
				todo.push(prefix + c);
			}
			todo.push(prefix + "/");
		}
		return parts;
	}

	/** The commendations and praise of the period in the area, oldest first, a page at a time. */
	private void commendations(Sheet sheet, ReportCard card, Scope area, CellStyle bold, CellStyle date) {
		text(sheet.createRow(0).createCell(0), msg("reporting.annex.commendations.title", card.title()), bold);
		List<String> headers = List.of("number", "date", "kind", "award", "body", "decision", "recipients", "reason");
		int[] widths = { 6, 12, 14, 26, 36, 18, 50, 40 };
		Row header = sheet.createRow(1);
		for (int i = 0; i < headers.size(); i++) {
			text(header.createCell(i), msg("reporting.annex.col." + headers.get(i)), bold);
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		sheet.createFreezePane(0, 2);
		int next = 2;
		int page = 0;
		while (true) {
			Page<CommendationEntry> entries = commendations.commendations(area, card.periodFrom(), card.periodTo(),
					PageRequest.of(page, CommendationFigures.MAX_PAGE));
			for (CommendationEntry e : entries) {
				Row row = sheet.createRow(next);
				row.createCell(0).setCellValue(next - 1);
				day(row.createCell(1), e.recognisedOn(), date);
				text(row.createCell(2), msg(e.kind().messageKey()), null);
				text(row.createCell(3), e.award() == null ? "" : msg(e.award().messageKey()), null);
				text(row.createCell(4), e.bodyName(), null);
				text(row.createCell(5), e.decisionNumber(), null);
				text(row.createCell(6), String.join("; ", e.recipientNames()), null);
				text(row.createCell(7), e.reason(), null);
				next++;
			}
			if (!entries.hasNext()) {
				return;
			}
			page++;
		}
	}

	private int table(Sheet sheet, int start, String heading, Map<String, Long> counts, CellStyle bold) {
		Row header = sheet.createRow(start);
		text(header.createCell(0), heading, bold);
		text(header.createCell(1), msg("reporting.annex.col.count"), bold);
		int r = start + 1;
		long total = 0;
		for (var e : counts.entrySet()) {
			Row row = sheet.createRow(r++);
			text(row.createCell(0), e.getKey(), null);
			row.createCell(1).setCellValue(e.getValue());
			total += e.getValue();
		}
		Row sum = sheet.createRow(r++);
		text(sum.createCell(0), msg("reporting.annex.total"), bold);
		sum.createCell(1).setCellValue(total);
		return r;
	}

	private static void text(Cell cell, String value, CellStyle style) {
		cell.setCellValue(value == null ? "" : value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static void day(Cell cell, LocalDate value, CellStyle style) {
		if (value != null) {
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, ReportWriter.VI);
	}

}
