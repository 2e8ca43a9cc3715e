package vn.mohinh.initiative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import vn.mohinh.shared.excel.ExcelReadException;
import vn.mohinh.shared.excel.ExcelReader;
import vn.mohinh.shared.excel.ExcelRow;
import vn.mohinh.shared.excel.ImportProblem;
import vn.mohinh.shared.excel.ImportResult;
import vn.mohinh.shared.text.VietnameseText;

/**
 * Imports models from an Excel workbook laid out like the export (a header row naming the columns,
 * found wherever it is; unknown columns such as "Tình trạng" are ignored). Every row goes through the
 * same rules as the form, inside one transaction: when any row is wrong nothing is kept and every
 * problem is listed by row and column.
 */
@Service
class InitiativeImport {

	static final long MAX_BYTES = 5L * 1024 * 1024;
	static final int MAX_ROWS = 2_000;

	/** Columns by the folded header text; the first five are required. */
	enum Column {
		NAME("ten mo hinh"), TYPE("loai"), COMMUNE_CODE("ma xa"), VILLAGES("khu dan cu"), START("bat dau"),
		END("ket thuc"), LEVEL("cap diem"), LEAD("don vi chu tri"), DESCRIPTION("mo ta"), OVERLAP_REASON("ly do neu trung");

		final String header;

		Column(String header) {
			this.header = header;
		}

		boolean required() {
			return ordinal() <= START.ordinal();
		}

	}

	private final InitiativeService service;
	private final InitiativeTypes types;
	private final MessageSource messages;
	private final TransactionTemplate transaction;

	InitiativeImport(InitiativeService service, InitiativeTypes types, MessageSource messages,
			PlatformTransactionManager transactions) {
		this.service = service;
		this.types = types;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
	}

	ImportResult importFile(MultipartFile file) {
		List<ExcelRow> rows;
		try {
			rows = ExcelReader.read(file, MAX_BYTES, MAX_ROWS);
		}
		catch (ExcelReadException e) {
			return ImportResult.refused(List.of(e.toProblem()));
		}
		int headerIndex = -1;
		for (int i = 0; i < rows.size() && headerIndex < 0; i++) {
			if (rows.get(i).cells().stream().anyMatch(c -> Column.NAME.header.equals(VietnameseText.fold(c)))) {
				headerIndex = i;
			}
		}
		if (headerIndex < 0) {
			return ImportResult.refused(List.of(new ImportProblem(0, null, "initiative.import.noHeader")));
		}
		ExcelRow header = rows.get(headerIndex);
		Map<Column, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.cells().size(); i++) {
			String folded = VietnameseText.fold(header.cells().get(i));
			for (Column column : Column.values()) {
				if (column.header.equals(folded)) {
					columns.putIfAbsent(column, i);
				}
			}
		}
		List<ImportProblem> missing = Arrays.stream(Column.values()).filter(c -> c.required() && !columns.containsKey(c))
			.map(c -> new ImportProblem(header.number(), null, "initiative.import.missingColumn", label(c))).toList();
		if (!missing.isEmpty()) {
			return ImportResult.refused(missing);
		}
		List<ExcelRow> data = rows.subList(headerIndex + 1, rows.size()).stream().filter(r -> !r.isBlank()).toList();
		if (data.isEmpty()) {
			return ImportResult.refused(List.of(new ImportProblem(0, null, "excel.error.empty")));
		}
		List<ImportProblem> problems = new ArrayList<>();
		transaction.executeWithoutResult(status -> {
			for (ExcelRow row : data) {
				Optional<InitiativeInput> input = input(row, columns, problems);
				if (input.isEmpty()) {
					continue;
				}
				try {
					service.create(input.get(), null, null, null);
				}
				catch (InitiativeRuleException e) {
					for (InitiativeRuleException.Violation broken : e.violations()) {
						problems.add(new ImportProblem(row.number(), label(columnOf(broken.field())), broken.messageKey(),
								broken.args()));
					}
				}
			}
			if (!problems.isEmpty()) {
				// All or nothing: the rows already created are rolled back with the rest.
				status.setRollbackOnly();
			}
		});
		return problems.isEmpty() ? ImportResult.imported(data.size()) : ImportResult.refused(problems);
	}

	/** The row as the form would send it, or the problems of its cells. */
	private Optional<InitiativeInput> input(ExcelRow row, Map<Column, Integer> columns, List<ImportProblem> problems) {
		int before = problems.size();
		String name = text(row, columns, Column.NAME);
		if (name.isBlank()) {
			problems.add(new ImportProblem(row.number(), label(Column.NAME), "initiative.import.required"));
		}
		String typeText = text(row, columns, Column.TYPE);
		Long typeId = types.findAll().stream().filter(t -> VietnameseText.fold(t.name()).equals(VietnameseText.fold(typeText)))
			.map(InitiativeType::id).findFirst().orElse(null);
		if (typeId == null) {
			problems.add(new ImportProblem(row.number(), label(Column.TYPE), "initiative.import.unknownType", typeText));
		}
		var start = columns.containsKey(Column.START) ? row.date(columns.get(Column.START)) : Optional.<java.time.LocalDate>empty();
		if (start.isEmpty()) {
			problems.add(new ImportProblem(row.number(), label(Column.START), "initiative.import.badDate",
					text(row, columns, Column.START)));
		}
		var end = columns.containsKey(Column.END) ? row.date(columns.get(Column.END)) : Optional.<java.time.LocalDate>empty();
		if (end.isEmpty() && !text(row, columns, Column.END).isBlank()) {
			problems.add(new ImportProblem(row.number(), label(Column.END), "initiative.import.badDate",
					text(row, columns, Column.END)));
		}
		PilotLevel level = level(text(row, columns, Column.LEVEL));
		if (level == null) {
			problems.add(new ImportProblem(row.number(), label(Column.LEVEL), "initiative.import.unknownLevel",
					text(row, columns, Column.LEVEL)));
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		List<String> villages = Arrays.stream(text(row, columns, Column.VILLAGES).split("[,;]")).map(String::strip)
			.filter(v -> !v.isEmpty()).toList();
		String lead = text(row, columns, Column.LEAD);
		String reason = text(row, columns, Column.OVERLAP_REASON);
		return Optional.of(new InitiativeInput(name, typeId, text(row, columns, Column.COMMUNE_CODE), List.of(), villages,
				start.get(), end.orElse(null), level, start.get().getYear(), null, lead.isBlank() ? null : lead, null, null,
				List.of(), List.of(), List.of(), blankToNull(text(row, columns, Column.DESCRIPTION)), false,
				blankToNull(reason)));
	}

	/** "Điểm cấp tỉnh" as the export writes it, the enum name, or empty (not a pilot). */
	private PilotLevel level(String text) {
		String folded = VietnameseText.fold(text);
		if (folded.isEmpty()) {
			return PilotLevel.NONE;
		}
		for (PilotLevel level : PilotLevel.values()) {
			String label = messages.getMessage("initiative.level." + level.name(), null, VietnameseText.VI);
			if (folded.equals(VietnameseText.fold(label)) || folded.equals(VietnameseText.fold(level.name().replace('_', ' ')))) {
				return level;
			}
		}
		return null;
	}

	private static String text(ExcelRow row, Map<Column, Integer> columns, Column column) {
		Integer index = columns.get(column);
		return index == null ? "" : VietnameseText.clean(row.text(index)) == null ? "" : VietnameseText.clean(row.text(index));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/** The column a rule of the form names ("communeCode" → "Mã xã"). */
	private static Column columnOf(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "name" -> Column.NAME;
			case "typeId" -> Column.TYPE;
			case "communeCode" -> Column.COMMUNE_CODE;
			case "villages", "villageIds", "villageNames" -> Column.VILLAGES;
			case "startDate" -> Column.START;
			case "endDate" -> Column.END;
			case "level", "levelYear" -> Column.LEVEL;
			case "leadOrganisation", "leadOrganisationId" -> Column.LEAD;
			case "overlapReason" -> Column.OVERLAP_REASON;
			case "description" -> Column.DESCRIPTION;
			default -> null;
		};
	}

	private String label(Column column) {
		return column == null ? null
				: messages.getMessage("initiative.import.column." + column.name(), null, LocaleContextHolder.getLocale());
	}

}
