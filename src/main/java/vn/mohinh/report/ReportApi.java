package vn.mohinh.report;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.mohinh.shared.files.ContentDispositions;
import vn.mohinh.shared.web.ApiPage;
import vn.mohinh.shared.web.Paging;

/**
 * Periodic reports as JSON: the list in scope, a new draft written from the data (the same rules and
 * scope as the form: 400 with a message per field, a locality outside the scope refused by its field),
 * one report with its sections, and its Word document.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "reports", description = "Periodic reports written from the data in the official Party and state layouts")
class ReportApi {

	private final ReportService service;
	private final ReportDocument documents;

	private final ReportAnnex annexes;

	private final ReportPdf pdfs;
	private final MessageSource messages;

	private final ReportFileJob jobs;

	private final ReportFreeze freeze;

	ReportApi(ReportService service, ReportDocument documents, ReportAnnex annexes, ReportPdf pdfs, MessageSource messages,
			ReportFileJob jobs, ReportFreeze freeze) {
		this.service = service;
		this.freeze = freeze;
		this.jobs = jobs;
		this.annexes = annexes;
		this.pdfs = pdfs;
		this.documents = documents;
		this.messages = messages;
	}

	/** What a client sends for a new report; a blank locality code means the issuer's locality. */
	record Body(Long issuerId, ReportKind kind, LocalDate from, LocalDate to, String localityCode, String title) {
	}

	/** A report with its sections by their names (situation, leadership, results, weaknesses, tasks, proposals). */
	record Item(long id, String title, long issuerId, String issuer, long localityId, String locality, ReportKind kind,
			LocalDate from, LocalDate to, ReportStatus status, String number, LocalDate issuedOn, String layout,
			Map<String, String> sections, long version) {

		static Item of(ReportCard c) {
			Map<String, String> sections = new LinkedHashMap<>();
			c.sections().forEach(s -> sections.put(s.section().field(), s.text()));
			return new Item(c.id(), c.title(), c.issuerId(), c.issuerName(), c.localityId(), c.localityName(), c.kind(),
					c.periodFrom(), c.periodTo(), c.status(), c.numberText(), c.issuedOn(), c.header().basis(), sections,
					c.version());
		}

	}

	@GetMapping
	@Operation(summary = "Reports in scope, newest period first; filters: status (DRAFT, ISSUED) and a year the period touches")
	ApiPage<ReportRow> list(@RequestParam(required = false) ReportStatus status,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return ApiPage.of(service.list(status, year, Paging.of(page, size, ReportService.ORDER)), r -> r);
	}

	@PostMapping
	@Operation(summary = "Draft a report written from the data: issuer (organisation id), kind, period from-to, locality code (blank: the issuer's); 201 with its id")
	ResponseEntity<Item> create(@RequestBody Body body) {
		service.requireEditor();
		long id = service.create(new ReportService.Request(body.issuerId(), body.kind(), body.from(), body.to(),
				body.localityCode(), body.title()));
		return ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(Item.of(service.read(id)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One report with its sections; 404 outside the user's scope")
	Item one(@PathVariable long id) {
		return Item.of(service.read(id));
	}

	@GetMapping("/{id}/document.pdf")
	@Operation(summary = "The report as a PDF with Liberation Serif embedded, for sending")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		ReportCard card = service.read(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(pdfs.fileName(card)))
			.contentType(MediaType.APPLICATION_PDF)
			.body(freeze.pdf(card));
	}

	@GetMapping("/{id}/annex.xlsx")
	@Operation(summary = "The report's Excel annex: its models with villages, level, status, latest inspection and rating; a summary by commune and type",
			description = "An issued report's annex is the one frozen when it was issued. Streamed at once for up to 2,000 models; above that 202 Accepted with the Location of a file job to poll, whose file is then downloaded from its own URL.")
	ResponseEntity<FileItem> xlsx(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		ReportCard card = service.read(id);
		if (card.status() == ReportStatus.ISSUED) {
			// The annex frozen at issue; a big one may still be under way: its job to poll.
			ReportFiles.ReportFile frozen = freeze.annex(card);
			java.util.Optional<java.nio.file.Path> path = jobs.path(frozen);
			if (path.isEmpty()) {
				return ResponseEntity.accepted()
					.location(java.net.URI.create("/api/v1/reports/" + id + "/files/" + frozen.id()))
					.body(FileItem.of(frozen));
			}
			response.setContentType(ReportAnnex.XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(frozen.fileName()));
			java.nio.file.Files.copy(path.get(), response.getOutputStream());
			return null;
		}
		long size = jobs.size(card);
		if (jobs.inBackground(size)) {
			ReportFiles.ReportFile file = jobs.request(card, size);
			return ResponseEntity.accepted().location(java.net.URI.create("/api/v1/reports/" + id + "/files/" + file.id()))
				.body(FileItem.of(file));
		}
		response.setContentType(ReportAnnex.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(annexes.fileName(card)));
		annexes.write(card, service.area(id), response.getOutputStream());
		return null;
	}

	/** A background file of a report: its progress, and where to download it once done. */
	record FileItem(long id, long reportId, String status, long done, long total, int percent, String download) {

		static FileItem of(ReportFiles.ReportFile f) {
			return new FileItem(f.id(), f.reportId(), f.status().name(), f.done(), f.total(), f.percent(),
					f.status() == ReportFiles.Status.DONE
							? "/api/v1/reports/" + f.reportId() + "/files/" + f.id() + "/annex.xlsx" : null);
		}

	}

	@GetMapping("/{id}/files/{fileId}")
	@Operation(summary = "The progress of a report's annex made in the background (QUEUED, RUNNING, DONE, FAILED)")
	FileItem file(@PathVariable long id, @PathVariable long fileId) {
		return FileItem.of(jobs.status(id, fileId));
	}

	@GetMapping("/{id}/files/{fileId}/annex.xlsx")
	@Operation(summary = "The annex made in the background, once DONE (404 before)")
	ResponseEntity<org.springframework.core.io.Resource> fileDownload(@PathVariable long id, @PathVariable long fileId) {
		ReportFiles.ReportFile file = jobs.status(id, fileId);
		java.nio.file.Path path = jobs.path(file)
			.orElseThrow(() -> new vn.mohinh.shared.web.NotFoundException("report file", fileId));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(file.fileName()))
			.contentType(MediaType.parseMediaType(ReportAnnex.XLSX))
			.body(new org.springframework.core.io.FileSystemResource(path));
	}

	@GetMapping("/{id}/document.docx")
	@Operation(summary = "The report as a Word document in its issuer's official layout")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		ReportCard card = service.read(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(documents.fileName(card)))
			.contentType(MediaType.parseMediaType(ReportDocument.DOCX))
			.body(freeze.docx(card));
	}

	@ExceptionHandler(ReportRuleException.class)
	ResponseEntity<ProblemDetail> invalid(ReportRuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Bad Request");
		String text = messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), LocaleContextHolder.getLocale());
		problem.setDetail(text);
		problem.setProperty("errors", List.of(Map.of("field", ex.field() == null ? "" : ex.field(), "message", text)));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
