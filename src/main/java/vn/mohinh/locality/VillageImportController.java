package vn.mohinh.locality;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload of a village list; all or nothing. */
@Controller
@RequestMapping("/localities/villages/import")
class VillageImportController {

	private final VillageImport villageImport;
	private final ScopeGuard scope;

	VillageImportController(VillageImport villageImport, ScopeGuard scope) {
		this.villageImport = villageImport;
		this.scope = scope;
	}

	@GetMapping
	String form(Model model) {
		scope.requireEditor();
		model.addAttribute("codesOn", LocalDate.now());
		return "locality/import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "codesOn", required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate codesOn,
			Model model, RedirectAttributes redirect) throws IOException {
		scope.requireEditor();
		LocalDate day = codesOn == null ? LocalDate.now() : codesOn;
		model.addAttribute("codesOn", day);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "locality.import.noFile");
			return "locality/import";
		}
		VillageImport.Result result;
		try {
			result = villageImport.importCsv(file.getInputStream(), file.getSize(), day);
		}
		catch (LocalityRuleException e) {
			// A rule the row checks missed: the import was rolled back as a whole; say why.
			result = new VillageImport.Result(0, java.util.List.of(new VillageImport.Problem(0, e.messageKey(), null)));
		}
		if (!result.ok()) {
			model.addAttribute("problems", result.problems());
			return "locality/import";
		}
		redirect.addFlashAttribute("flash", "locality.import.done");
		redirect.addFlashAttribute("imported", result.imported());
		return "redirect:/localities/villages/import";
	}

}
