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

	VillageImportController(VillageImport villageImport) {
		this.villageImport = villageImport;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("codesOn", LocalDate.now());
		return "locality/import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "codesOn", required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate codesOn,
			Model model, RedirectAttributes redirect) throws IOException {
		LocalDate day = codesOn == null ? LocalDate.now() : codesOn;
		model.addAttribute("codesOn", day);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "locality.import.noFile");
			return "locality/import";
		}
		VillageImport.Result result = villageImport.importCsv(file.getInputStream(), file.getSize(), day);
		if (!result.ok()) {
			model.addAttribute("problems", result.problems());
			return "locality/import";
		}
		redirect.addFlashAttribute("flash", "locality.import.done");
		redirect.addFlashAttribute("imported", result.imported());
		return "redirect:/localities/villages/import";
	}

}
