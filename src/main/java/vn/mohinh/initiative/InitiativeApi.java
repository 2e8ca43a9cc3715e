package vn.mohinh.initiative;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.web.ApiPage;
import vn.mohinh.shared.web.Paging;

/**
 * The register of models as JSON: list with the page's filters, one model with all its parts, and
 * create and update with the same rules and scope as the pages (a stale version answers 409).
 */
@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "initiatives", description = "Models (mô hình) and their registration")
class InitiativeApi {

	private final InitiativeService service;
	private final MessageSource messages;

	InitiativeApi(InitiativeService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	/** A model in a list. */
	record Item(long id, String name, long typeId, String type, String communeCode, String communeName,
			List<String> villages, PilotLevel level, InitiativeStatus status, LocalDate startDate, LocalDate endDate,
			RegistrationStatus registration, Integer registrationYear) {

		static Item of(InitiativeRow r) {
			return new Item(r.id(), r.name(), r.typeId(), r.typeName(), r.communeCode(), r.communeName(),
					r.villageNames(), r.level(), r.status(), r.startDate(), r.endDate(), r.registration(),
					r.registrationYear());
		}

	}

	/** What a client sends to create or update a model; {@code version} is required for an update. */
	record Body(String name, Long typeId, String communeCode, List<Long> villageIds, List<String> villages,
			LocalDate startDate, LocalDate endDate, PilotLevel level, Integer levelYear, Long leadOrganisationId,
			String leadOrganisation, Long personInChargeId, String personInCharge,
			List<InitiativeInput.PartnerInput> partners, List<Long> documentIds,
			List<InitiativeInput.TargetInput> targets, String description, Boolean published, String overlapReason,
			Long version) {

		InitiativeInput toInput() {
			return new InitiativeInput(name, typeId, communeCode, villageIds, villages, startDate, endDate, level,
					levelYear, leadOrganisationId, leadOrganisation, personInChargeId, personInCharge, partners, documentIds, targets, description, Boolean.TRUE.equals(published),
					overlapReason);
		}

	}

	@GetMapping
	@Operation(summary = "Models in scope, by locality subtree (official code), type, level in a year, status, year and accent-free words")
	ApiPage<Item> list(@ModelAttribute InitiativeFilter filter,
			org.springframework.validation.BindingResult ignoredMalformedParams) {
		Optional<LocalityView> locality = service.localityByCode(filter.getLocality());
		boolean unknown = filter.getLocality() != null && !filter.getLocality().isBlank() && locality.isEmpty();
		return ApiPage.of(service.list(InitiativeController.criteria(filter, locality, unknown, service::subtreeOf),
				Paging.of(filter.getPage(), filter.getSize(), InitiativeQuery.ORDER)), Item::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One model with its sites, levels, partners, documents, targets, registrations and lineage")
	InitiativeCard one(@PathVariable long id) {
		return service.read(id);
	}

	@PostMapping
	@Operation(summary = "Start a model; 400 with field messages when a rule is broken")
	ResponseEntity<InitiativeCard> create(@RequestBody Body body) {
		service.requireEditor();
		requireName(body);
		long id = service.create(body.toInput(), null, null, null);
		return ResponseEntity.created(URI.create("/api/v1/initiatives/" + id)).body(service.read(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Revise a model; 409 when the version is stale")
	InitiativeCard update(@PathVariable long id, @RequestBody Body body) {
		service.readForChange(id);
		requireName(body);
		if (body.version() == null) {
			throw new InitiativeRuleException("version", "initiative.error.version.required");
		}
		service.revise(id, body.version(), body.toInput());
		return service.read(id);
	}

	/** What the form's Bean Validation checks before the service; the rest is the service's. */
	private static void requireName(Body body) {
		if (body.name() == null || body.name().isBlank()) {
			throw new InitiativeRuleException("name", "initiative.error.name.required");
		}
		if (body.name().length() > 500) {
			throw new InitiativeRuleException("name", "initiative.error.name.size");
		}
	}

	@ExceptionHandler(InitiativeRuleException.class)
	ResponseEntity<ProblemDetail> invalid(InitiativeRuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Bad Request");
		String message = messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), LocaleContextHolder.getLocale());
		problem.setDetail(message);
		problem.setProperty("errors", ex.violations().stream()
			.map(v -> Map.of("field", v.field() == null ? "" : v.field(), "message",
					messages.getMessage(v.messageKey(), v.args(), v.messageKey(), LocaleContextHolder.getLocale())))
			.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler({ StaleInitiativeException.class, OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> stale() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setTitle("Conflict");
		problem.setDetail(messages.getMessage("common.stale", null, LocaleContextHolder.getLocale()));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
