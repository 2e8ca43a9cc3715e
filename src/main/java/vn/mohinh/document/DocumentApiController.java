package vn.mohinh.document;

import java.time.LocalDate;

import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.mohinh.shared.web.ApiPage;
import vn.mohinh.shared.web.Paging;

/** The register as JSON: {@code GET /api/v1/documents?kind=&year=&q=&page=&size=} and one document by id. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApiController {

	private final DocumentRegister register;

	DocumentApiController(DocumentRegister register) {
		this.register = register;
	}

	@GetMapping
	ApiPage<DocumentJson> list(@ModelAttribute DocumentFilter filter, BindingResult ignoredMalformedParams) {
		DocumentQuery query = filter.toQuery();
		return ApiPage.of(register.list(query, Paging.of(filter.getPage(), filter.getSize(), query.order().sort())),
				DocumentJson::of);
	}

	@GetMapping("/{id}")
	DocumentJson get(@PathVariable long id) {
		return DocumentJson.of(register.read(id));
	}

	/** A document in the API; {@code locality} is null for a national document. */
	record DocumentJson(long id, DocumentKind kind, String number, LocalDate issuedOn, int year, String issuer,
			String title, String summary, LocalityJson locality, boolean withdrawn, FileJson file, long version) {

		static DocumentJson of(DocumentCard card) {
			GuidingDocumentView d = card.document();
			LocalityJson locality = d.national() ? null : new LocalityJson(d.localityId(), d.localityName());
			FileJson file = card.hasFile() ? new FileJson(card.attachment().name(),
					card.attachment().type().mediaType().toString(), card.attachment().size(), card.attachment().sha256(),
					"/documents/" + d.id() + "/file") : null;
			return new DocumentJson(d.id(), d.kind(), d.number(), d.issuedOn(), d.year(), d.issuer(), d.title(),
					card.summary(), locality, d.withdrawn(), file, card.version());
		}

	}

	record LocalityJson(long id, String name) {

	}

	record FileJson(String name, String mediaType, long size, String sha256, String href) {

	}

}
