package vn.mohinh.evaluation;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.files.ContentDispositions;

/** The evaluation list, with the filters of /evaluations and the user's scope, as an Excel workbook. */
@Controller
class EvaluationExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final EvaluationService service;
	private final EvaluationExport export;

	EvaluationExportController(EvaluationService service, EvaluationExport export) {
		this.service = service;
		this.export = export;
	}

	@GetMapping("/evaluations/export.xlsx")
	void export(@ModelAttribute("filter") EvaluationFilter filter, BindingResult ignoredMalformedParams, Locale locale,
			HttpServletResponse response) throws IOException {
		Optional<LocalityView> locality = service.localityByCode(filter.getLocality());
		boolean unknown = filter.namesLocality() && locality.isEmpty();
		EvaluationQuery.Criteria criteria = EvaluationController.criteria(filter, locality, unknown, service);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(export.fileName(locale)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		export.write(criteria, locale, response.getOutputStream());
	}

}
