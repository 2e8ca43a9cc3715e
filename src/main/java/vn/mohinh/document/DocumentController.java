package vn.mohinh.document;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mohinh.shared.files.ContentDispositions;
import vn.mohinh.shared.files.FileType;
import vn.mohinh.shared.web.Paging;

/** The register's pages: list with active search, a document, the form to register or revise one, its file. */
@Controller
@RequestMapping("/documents")
class DocumentController {

	private static final String FORM = "document/form";
	private static final String FORM_NAME = "documentForm";

	private final DocumentRegister register;
	private final DocumentExport export;

	DocumentController(DocumentRegister register, DocumentExport export) {
		this.register = register;
		this.export = export;
	}

	/** Ids come from the path, never from the form. */
	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/**
	 * One URL for page and fragment: htmx's active search gets only the results; a history restore
	 * (the user pressed Back) gets the whole page.
	 */
	@GetMapping
	String list(@ModelAttribute("filter") DocumentFilter filter, BindingResult ignoredMalformedParams,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			Model model, HttpServletResponse response) {
		DocumentQuery query = filter.toQuery();
		model.addAttribute("page", register.list(query, Paging.of(filter.getPage(), filter.getSize(), query.order().sort())));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("orders", DocumentQuery.Order.values());
		model.addAttribute("canRegister", register.mayRegister());
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if (htmx != null && historyRestore == null) {
			return "document/list :: results";
		}
		return "document/list";
	}

	/** The list with the same filters and scope, every page of it, as .xlsx. */
	@GetMapping("/export.xlsx")
	void export(@ModelAttribute("filter") DocumentFilter filter, BindingResult ignoredMalformedParams, Locale locale,
			HttpServletResponse response) throws IOException {
		response.setContentType(FileType.XLSX.mediaType().toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(export.fileName(locale)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		export.write(filter.toQuery(), locale, response.getOutputStream());
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("card", register.read(id));
		return "document/show";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		register.requireCanRegister();
		DocumentForm form = new DocumentForm();
		register.placeOptions(null, null).stream().findFirst().ifPresent(root -> form.setLocalityId(root.id()));
		model.addAttribute(FORM_NAME, form);
		return showForm(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM_NAME) DocumentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		register.requireCanRegister();
		if (hasErrors(form, result)) {
			return showForm(model, null);
		}
		try {
			long id = register.register(form.toDetails(), form.toPlaceChoice(), form.getFile());
			redirect.addFlashAttribute("flash", "document.flash.registered");
			return "redirect:/documents/" + id;
		}
		catch (DocumentRuleException ex) {
			reject(result, ex);
			return showForm(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		DocumentCard card = register.readForChange(id);
		model.addAttribute(FORM_NAME, DocumentForm.of(card));
		return showForm(model, card);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM_NAME) DocumentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		DocumentCard card = register.readForChange(id);
		if (hasErrors(form, result)) {
			return showForm(model, card);
		}
		try {
			register.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails(),
					form.toPlaceChoice(), form.getFile());
			redirect.addFlashAttribute("flash", "document.flash.revised");
			return "redirect:/documents/" + id;
		}
		catch (DocumentRuleException ex) {
			reject(result, ex);
			return showForm(model, card);
		}
		catch (StaleDocumentException | OptimisticLockingFailureException ex) {
			// Keep what the user typed; show what is saved now; the next save overwrites knowingly.
			DocumentCard current = register.read(id);
			result.reject("common.stale");
			model.addAttribute("current", current);
			form.setVersion(current.version());
			return showForm(model, current);
		}
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		return changeState(id, () -> register.withdraw(id, version), "document.flash.withdrawn", redirect);
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		return changeState(id, () -> register.restore(id, version), "document.flash.restored", redirect);
	}

	@GetMapping("/{id}/file")
	ResponseEntity<Resource> file(@PathVariable long id) {
		DocumentFile file = register.file(id);
		return ResponseEntity.ok()
			.contentType(file.attachment().type().mediaType())
			.contentLength(file.attachment().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(file.attachment().name()))
			.cacheControl(CacheControl.noStore())
			.body(new FileSystemResource(file.path()));
	}

	private String changeState(long id, Runnable change, String flash, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("flash", flash);
		}
		catch (StaleDocumentException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", "common.stale");
		}
		catch (DocumentRuleException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/documents/" + id;
	}

	private String showForm(Model model, DocumentCard card) {
		model.addAttribute("card", card);
		model.addAttribute("kinds", Arrays.asList(DocumentKind.values()));
		model.addAttribute("placeOptions", card == null ? register.placeOptions(null, null)
				: register.placeOptions(card.document().localityId(), card.document().localityName()));
		model.addAttribute("mayRegisterNational", register.mayRegisterNational());
		model.addAttribute("maxUploadMb", register.maxUploadBytes() / (1024.0 * 1024.0));
		return FORM;
	}

	/** Bean Validation's errors, plus a day that is no day, so that all show at once. */
	private static boolean hasErrors(DocumentForm form, BindingResult result) {
		if (result.hasErrors() && !result.hasFieldErrors("issuedOn") && !form.issuedOnReadable()) {
			result.rejectValue("issuedOn", "document.error.issuedOn.invalid");
		}
		return result.hasErrors();
	}

	private static void reject(BindingResult result, DocumentRuleException ex) {
		if (ex.field() == null || "withdrawn".equals(ex.field())) {
			result.reject(ex.messageKey(), ex.args(), null);
		}
		else {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
		}
	}

}
