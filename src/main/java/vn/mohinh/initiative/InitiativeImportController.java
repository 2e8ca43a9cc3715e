package vn.mohinh.initiative;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.excel.ImportResult;

/** Upload of a workbook of models; all rows or none. */
@Controller
class InitiativeImportController {

	private final InitiativeImport initiativeImport;
	private final ScopeGuard scope;

	InitiativeImportController(InitiativeImport initiativeImport, ScopeGuard scope) {
		this.initiativeImport = initiativeImport;
		this.scope = scope;
	}

	@GetMapping("/initiatives/import")
	String form() {
		scope.requireEditor();
		return "initiative/import";
	}

	@PostMapping("/initiatives/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		scope.requireEditor();
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "initiative.import.noFile");
			return "initiative/import";
		}
		ImportResult result = initiativeImport.importFile(file);
		if (!result.ok()) {
			model.addAttribute("problems", result.problems());
			return "initiative/import";
		}
		redirect.addFlashAttribute("flash", "initiative.import.done");
		redirect.addFlashAttribute("imported", result.imported());
		return "redirect:/initiatives";
	}

}
