package vn.mohinh.initiative;

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

/** The model list, with the filters of /initiatives, as an Excel workbook. */
@Controller
class InitiativeExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final InitiativeService service;
	private final InitiativeExport export;

	InitiativeExportController(InitiativeService service, InitiativeExport export) {
		this.service = service;
		this.export = export;
	}

	@GetMapping("/initiatives/export.xlsx")
	void export(@ModelAttribute("filter") InitiativeFilter filter, BindingResult ignoredMalformedParams, Locale locale,
			HttpServletResponse response) throws IOException {
		Optional<LocalityView> locality = service.localityByCode(filter.getLocality());
		boolean unknown = filter.getLocality() != null && !filter.getLocality().isBlank() && locality.isEmpty();
		InitiativeQuery.Criteria criteria = InitiativeController.criteria(filter, locality, unknown, service::subtreeOf);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(export.fileName(locale)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		export.write(criteria, locale, response.getOutputStream());
	}

}
