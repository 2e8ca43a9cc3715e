package vn.mohinh.report;

import java.time.LocalDate;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mohinh.shared.files.ContentDispositions;
import vn.mohinh.shared.web.Paging;

/**
 * The pages of periodic reports: the list in scope, the form of a new report, a report's preview in
 * its official layout with the forms to refresh and issue it, the editing of its text, and its Word
 * document. Post/Redirect/Get; a refused form is shown again with what was typed.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

	private static final String NEW = "report/periodic/new";
	private static final String SHOW = "report/periodic/show";
	private static final String EDIT = "report/periodic/edit";

	private final ReportService service;
	private final ReportDocument documents;

	private final ReportAnnex annexes;

	private final ReportPdf pdfs;

	private final org.springframework.context.MessageSource messages;

	private final ReportFileJob jobs;

	private final ReportFreeze freeze;

	ReportController(ReportService service, ReportDocument documents, ReportAnnex annexes, ReportPdf pdfs,
			org.springframework.context.MessageSource messages, ReportFileJob jobs, ReportFreeze freeze) {
		this.service = service;
		this.freeze = freeze;
		this.jobs = jobs;
		this.annexes = annexes;
		this.pdfs = pdfs;
		this.messages = messages;
		this.documents = documents;
	}

	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
		model.addAttribute("page", service.list(status, year, Paging.of(page, size, ReportService.ORDER)));
		model.addAttribute("status", status);
		model.addAttribute("year", year);
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("canCreate", service.mayCreate());
		return "report/periodic/list";
	}

	/** The list with its filters and the user's scope as an Excel workbook, read a page at a time. */
	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) Integer year,
			java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		response.setContentType(ReportAnnex.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDispositions.attachment(messages.getMessage("reporting.export.fileName", null, locale) + ".xlsx"));
		response.setHeader(HttpHeaders.CACHE_CONTROL, org.springframework.http.CacheControl.noStore().getHeaderValue());
		vn.mohinh.shared.excel.ExcelExport.<ReportRow>sheet(messages.getMessage("reporting.list.title", null, locale))
			.title(messages.getMessage("reporting.list.title", null, locale))
			.column(messages.getMessage("reporting.col.title", null, locale), 60, ReportRow::title)
			.column(messages.getMessage("reporting.col.issuer", null, locale), 40, ReportRow::issuerName)
			.column(messages.getMessage("reporting.col.locality", null, locale), 24, ReportRow::localityName)
			.column(messages.getMessage("reporting.col.kind", null, locale), 20,
					r -> messages.getMessage(r.kind().messageKey(), null, locale))
			.column(messages.getMessage("reporting.form.from", null, locale), 12, ReportRow::periodFrom)
			.column(messages.getMessage("reporting.form.to", null, locale), 12, ReportRow::periodTo)
			.column(messages.getMessage("reporting.col.status", null, locale), 14,
					r -> messages.getMessage(r.status().messageKey(), null, locale))
			.column(messages.getMessage("reporting.export.number", null, locale), 18, ReportRow::numberText)
			.column(messages.getMessage("reporting.issue.on", null, locale), 12, ReportRow::issuedOn)
			.write(vn.mohinh.shared.excel.ExcelExport.pages(p -> service.list(status, year, p),
					org.springframework.data.domain.PageRequest.of(0, 500, ReportService.ORDER)), response.getOutputStream());
	}

	@GetMapping("/new")
	String newForm(Model model) {
		service.requireEditor();
		ReportForm form = new ReportForm();
		int lastYear = LocalDate.now().getYear() - 1;
		form.setKind(ReportKind.YEARLY);
		form.setFrom(LocalDate.of(lastYear, 1, 1));
		form.setTo(LocalDate.of(lastYear, 12, 31));
		model.addAttribute("reportForm", form);
		return showNew(model);
	}

	@PostMapping
	String create(@ModelAttribute("reportForm") ReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		service.requireEditor();
		if (result.hasErrors()) {
			return showNew(model);
		}
		try {
			long id = service.create(form.toRequest());
			redirect.addFlashAttribute("flash", "reporting.flash.created");
			return "redirect:/reports/" + id;
		}
		catch (ReportRuleException ex) {
			reject(result, ex);
			return showNew(model);
		}
	}

	private String showNew(Model model) {
		model.addAttribute("issuers", service.issuers());
		model.addAttribute("kinds", ReportKind.values());
		return NEW;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		return showPage(model, service.read(id));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		ReportCard card = service.readForChange(id);
		if (!card.draft()) {
			return "redirect:/reports/" + id;
		}
		model.addAttribute("reportTextForm", ReportTextForm.of(card));
		model.addAttribute("card", card);
		return EDIT;
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("reportTextForm") ReportTextForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ReportCard card = service.readForChange(id);
		model.addAttribute("card", card);
		if (result.hasErrors()) {
			return EDIT;
		}
		try {
			service.revise(id, version(form.getVersion()), form.getTitle(), form.sections());
			redirect.addFlashAttribute("flash", "reporting.flash.saved");
			return "redirect:/reports/" + id;
		}
		catch (ReportRuleException ex) {
			reject(result, ex);
			return EDIT;
		}
		catch (StaleReportException | OptimisticLockingFailureException ex) {
			// Keep what the user typed; show what is saved now; the next save overwrites knowingly.
			ReportCard current = service.read(id);
			result.reject("common.stale");
			form.setVersion(current.version());
			model.addAttribute("card", current);
			model.addAttribute("current", current);
			return EDIT;
		}
	}

	@PostMapping("/{id}/refresh")
	String refresh(@PathVariable long id, @ModelAttribute("issueForm") ReportIssueForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		service.readForChange(id);
		try {
			service.refresh(id, version(form.getVersion()));
			redirect.addFlashAttribute("flash", "reporting.flash.refreshed");
			return "redirect:/reports/" + id;
		}
		catch (ReportRuleException ex) {
			reject(result, ex);
		}
		catch (StaleReportException | OptimisticLockingFailureException ex) {
			result.reject("common.stale");
		}
		ReportCard current = service.read(id);
		form.setVersion(current.version());
		return showPage(model, current);
	}

	@PostMapping("/{id}/issue")
	String issue(@PathVariable long id, @ModelAttribute("issueForm") ReportIssueForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		service.readForChange(id);
		if (!result.hasErrors()) {
			try {
				service.issue(id, version(form.getVersion()), form.getIssuedOn(), form.getSignerName());
				freeze.freeze(service.read(id));
				redirect.addFlashAttribute("flash", "reporting.flash.issued");
				return "redirect:/reports/" + id;
			}
			catch (ReportRuleException ex) {
				reject(result, ex);
			}
			catch (StaleReportException | OptimisticLockingFailureException ex) {
				result.reject("common.stale");
			}
		}
		ReportCard current = service.read(id);
		form.setVersion(current.version());
		return showPage(model, current);
	}

	@GetMapping("/{id}/document.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		ReportCard card = service.read(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(pdfs.fileName(card)))
			.contentType(MediaType.APPLICATION_PDF)
			.body(freeze.pdf(card));
	}

	/**
	 * The annex: streamed at once for an area of up to {@link ReportFileJob#INLINE_LIMIT} models; above
	 * it a background job (the user's one under way or fresh, else a new one) and a redirect to its
	 * progress page (ADR 0009).
	 */
	@GetMapping("/{id}/annex.xlsx")
	ResponseEntity<Void> xlsx(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		ReportCard card = service.read(id);
		if (card.status() == ReportStatus.ISSUED) {
			// The annex frozen at issue; a big one may still be under way: its progress page.
			ReportFiles.ReportFile frozen = freeze.annex(card);
			java.util.Optional<java.nio.file.Path> path = jobs.path(frozen);
			if (path.isEmpty()) {
				return ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
					.location(java.net.URI.create("/reports/" + id + "/files/" + frozen.id())).build();
			}
			response.setContentType(ReportAnnex.XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(frozen.fileName()));
			java.nio.file.Files.copy(path.get(), response.getOutputStream());
			return null;
		}
		long size = jobs.size(card);
		if (jobs.inBackground(size)) {
			ReportFiles.ReportFile file = jobs.request(card, size);
			return ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
				.location(java.net.URI.create("/reports/" + id + "/files/" + file.id())).build();
		}
		response.setContentType(ReportAnnex.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(annexes.fileName(card)));
		annexes.write(card, service.area(id), response.getOutputStream());
		return null;
	}

	/** The progress of an annex job; htmx asks for the progress fragment alone every two seconds. */
	@GetMapping("/{id}/files/{fileId}")
	String file(@PathVariable long id, @PathVariable long fileId,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("card", service.read(id));
		model.addAttribute("file", jobs.status(id, fileId));
		return htmx != null ? "report/periodic/file :: progress" : "report/periodic/file";
	}

	/** The file of a finished job, from the shared file store (404 while it runs or outside scope). */
	@GetMapping("/{id}/files/{fileId}/annex.xlsx")
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
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		ReportCard card = service.read(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(documents.fileName(card)))
			.contentType(MediaType.parseMediaType(ReportDocument.DOCX))
			.body(freeze.docx(card));
	}

	private String showPage(Model model, ReportCard card) {
		model.addAttribute("card", card);
		if (!model.containsAttribute("issueForm")) {
			ReportIssueForm form = new ReportIssueForm();
			form.setVersion(card.version());
			form.setIssuedOn(LocalDate.now().isBefore(card.periodTo()) ? card.periodTo() : LocalDate.now());
			model.addAttribute("issueForm", form);
		}
		return SHOW;
	}

	private static long version(Long version) {
		return version == null ? -1 : version;
	}

	static void reject(BindingResult result, ReportRuleException ex) {
		if (ex.field() == null) {
			result.reject(ex.messageKey(), ex.args(), null);
			return;
		}
		try {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
		}
		catch (NotReadablePropertyException notOnTheForm) {
			result.reject(ex.messageKey(), ex.args(), null);
		}
	}

}
