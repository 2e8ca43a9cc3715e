package vn.mohinh.locality;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.shared.text.VietnameseText;

/**
 * Imports villages from a CSV file ({@code ma_xa,ten,loai,hieu_luc_tu}): every row is checked first,
 * and either all rows are imported or none, with the problems listed row by row.
 */
@Service
class VillageImport {

	static final int MAX_ROWS = 5_000;
	static final long MAX_BYTES = 1_048_576;
	static final List<String> HEADER = List.of("ma_xa", "ten", "loai", "hieu_luc_tu");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private final Localities localities;
	private final ScopeGuard scope;
	private final LocalityService service;

	VillageImport(Localities localities, ScopeGuard scope, LocalityService service) {
		this.localities = localities;
		this.scope = scope;
		this.service = service;
	}

	/** One problem: the row number as a spreadsheet shows it (header is row 1) and a message key. */
	record Problem(long row, String messageKey, String value) {
	}

	record Result(int imported, List<Problem> problems) {

		boolean ok() {
			return problems.isEmpty();
		}

	}

	private record Row(long number, Locality commune, LocalityKind kind, String name, LocalDate validFrom) {
	}

	@Transactional
	Result importCsv(InputStream content, long size, LocalDate codesOn) throws IOException {
		if (size > MAX_BYTES) {
			return failed(0, "locality.import.tooLarge", null);
		}
		List<CSVRecord> records;
		try (Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
				CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
					.setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
			if (!header.equals(HEADER)) {
				return failed(1, "locality.import.badHeader", String.join(",", header));
			}
			records = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (records.size() >= MAX_ROWS) {
					return failed(record.getRecordNumber() + 1, "locality.import.tooManyRows", String.valueOf(MAX_ROWS));
				}
				records.add(record);
			}
		}
		catch (CharacterCodingException e) {
			return failed(0, "locality.import.notUtf8", null);
		}
		catch (IllegalArgumentException | java.io.UncheckedIOException e) {
			return failed(0, "locality.import.malformed", null);
		}
		if (records.isEmpty()) {
			return failed(0, "locality.import.empty", null);
		}
		List<Problem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (CSVRecord record : records) {
			long line = record.getRecordNumber() + 1;
			if (record.size() != HEADER.size()) {
				problems.add(new Problem(line, "locality.import.columns", String.valueOf(record.size())));
				continue;
			}
			Row row = check(record, line, codesOn, problems);
			if (row != null) {
				String key = row.commune().id() + "|" + VietnameseText.fold(row.name());
				if (!seen.add(key)) {
					problems.add(new Problem(line, "locality.import.duplicateInFile", row.name()));
				}
				else {
					rows.add(row);
				}
			}
		}
		if (!problems.isEmpty()) {
			return new Result(0, problems);
		}
		for (Row row : rows) {
			service.addVillage(row.commune().id(), row.kind(), row.name(), row.validFrom());
		}
		return new Result(rows.size(), List.of());
	}

	private Row check(CSVRecord record, long line, LocalDate codesOn, List<Problem> problems) {
		int before = problems.size();
		String code = record.get(0);
		Locality commune = localities.findByCodeOn(code, codesOn).orElse(null);
		if (commune == null || commune.kind().level() != LocalityKind.Level.COMMUNE) {
			problems.add(new Problem(line, "locality.import.unknownCommune", code));
		}
		else if (!scope.canEdit(commune.path())) {
			problems.add(new Problem(line, "locality.import.outsideScope", code));
		}
		String name = VietnameseText.clean(record.get(1));
		if (name.isEmpty() || name.length() > 200) {
			problems.add(new Problem(line, "locality.import.badName", name));
		}
		LocalityKind kind = kindOf(record.get(2));
		if (kind == null) {
			problems.add(new Problem(line, "locality.import.badKind", record.get(2)));
		}
		LocalDate validFrom = null;
		if (!record.get(3).isEmpty()) {
			try {
				validFrom = LocalDate.parse(record.get(3), DAY);
			}
			catch (DateTimeParseException e) {
				problems.add(new Problem(line, "locality.import.badDate", record.get(3)));
			}
		}
		if (problems.size() > before) {
			return null;
		}
		if (commune.validTo() != null && validFrom != null && validFrom.isAfter(commune.validTo())) {
			problems.add(new Problem(line, "locality.village.communeEnded", record.get(3)));
			return null;
		}
		if (commune.validFrom() != null && validFrom != null && validFrom.isBefore(commune.validFrom())) {
			problems.add(new Problem(line, "locality.village.beforeCommune", record.get(3)));
			return null;
		}
		if (localities.exists((root, q, cb) -> cb.and(cb.equal(root.get("parentId"), commune.id()),
				cb.equal(root.get("searchKey"), Locality.searchKeyOf(name, null, null)), cb.isNull(root.get("validTo"))))) {
			problems.add(new Problem(line, "locality.village.duplicate", name));
			return null;
		}
		return new Row(line, commune, kind, name, validFrom);
	}

	/** "thôn", "Tổ dân phố", "to_dan_pho" or empty (thôn). */
	static LocalityKind kindOf(String text) {
		String key = VietnameseText.fold(text).replace('_', ' ');
		return switch (key) {
			case "", "thon" -> LocalityKind.THON;
			case "to dan pho" -> LocalityKind.TO_DAN_PHO;
			case "lang" -> LocalityKind.LANG;
			case "buon" -> LocalityKind.BUON;
			default -> null;
		};
	}

	private static Result failed(long row, String key, String value) {
		return new Result(0, List.of(new Problem(row, key, value)));
	}

}
