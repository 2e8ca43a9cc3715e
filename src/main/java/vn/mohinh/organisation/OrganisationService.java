package vn.mohinh.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.text.VietnameseText;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Reads and changes organisations for the pages and the API, always through the scope guard: what
 * lies outside the user's scope is not found, changes need an editor inside it.
 */
@Service
@Transactional(readOnly = true)
class OrganisationService {

	static final Sort ORDER = Sort.by("sortKey", "id");

	/** The last day of the units before the 2025 reform, the only reform in the official lists. */
	static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);

	/** Enough for a select; a province's scope holds far fewer organisations than this. */
	private static final int CHOICES = 500;

	private final Organisations organisations;
	private final People people;
	private final LocalityDirectory localities;
	private final ScopeGuard scope;

	OrganisationService(Organisations organisations, People people, LocalityDirectory localities, ScopeGuard scope) {
		this.organisations = organisations;
		this.people = people;
		this.localities = localities;
		this.scope = scope;
	}

	Page<OrganisationRow> search(OrganisationQuery query, Pageable pageable) {
		Specification<Organisation> spec = Specification.allOf(scope.within("scopePath"),
				Searching.matching("searchKey", query.q()), Searching.equal("kind", query.kind()),
				within(query.within()), validOn(query.validOn()));
		Page<Organisation> page = organisations.findAll(spec, pageable);
		return rows(page);
	}

	private Page<OrganisationRow> rows(Page<Organisation> page) {
		List<Long> ids = page.getContent().stream().map(Organisation::id).toList();
		List<Long> cellIds = page.getContent().stream().filter(Organisation::isPartyCell).map(Organisation::id).toList();
		Map<Long, StaffMakeUp> staff = people.staffOf(ids);
		Map<Long, PartyCellMakeUp> cells = people.makeUpOfCells(cellIds);
		Map<Long, LocalityView> places = localities
			.findAll(page.getContent().stream().map(Organisation::localityId).collect(Collectors.toSet()));
		return page.map(o -> new OrganisationRow(o.view(), places.get(o.localityId()),
				staff.getOrDefault(o.id(), StaffMakeUp.EMPTY),
				o.isPartyCell() ? cells.getOrDefault(o.id(), PartyCellMakeUp.EMPTY) : null));
	}

	private static Specification<Organisation> within(LocalityView locality) {
		return locality == null ? Specification.unrestricted()
				: (root, q, cb) -> cb.like(root.get("scopePath"), Searching.escape(locality.path()) + "%", '\\');
	}

	private static Specification<Organisation> validOn(LocalDate day) {
		if (day == null) {
			return Specification.unrestricted();
		}
		return (root, q, cb) -> cb.and(
				cb.or(cb.isNull(root.get("validFrom")), cb.lessThanOrEqualTo(root.get("validFrom"), day)),
				cb.or(cb.isNull(root.get("validTo")), cb.greaterThanOrEqualTo(root.get("validTo"), day)));
	}

	/** A locality the user may filter by: unknown or outside the scope is not found. */
	LocalityView readableLocality(long id) {
		LocalityView locality = localities.find(id).orElseThrow(() -> new NotFoundException("locality", id));
		scope.requireReadable(locality.path());
		return locality;
	}

	/**
	 * The unit bearing an official code on a day; without a day, today's unit or else the one that
	 * bore the code until the 2025 reform (so that "614" still finds huyện Kon Rẫy).
	 */
	LocalityView localityByCode(String code, LocalDate on) {
		Optional<LocalityView> found = localities.findByCode(code, on != null ? on : LocalDate.now());
		if (found.isEmpty() && on == null) {
			found = localities.findByCode(code, BEFORE_REFORM);
		}
		return found.orElseThrow(() -> new NotFoundException("locality", code));
	}

	OrganisationDetails details(long id) {
		Organisation organisation = readable(id);
		LocalityView locality = localities.find(organisation.localityId()).orElseThrow();
		OrganisationView parent = organisation.parentId() == null ? null
				: organisations.findById(organisation.parentId()).filter(p -> scope.canRead(p.scopePath()))
					.map(Organisation::view).orElse(null);
		List<OrganisationView> children = organisations.findChildren(id).stream()
			.filter(c -> scope.canRead(c.scopePath())).map(Organisation::view).toList();
		List<PersonView> staffPeople = people.findByWorkplace(id).stream().map(Person::view).toList();
		List<PersonView> members = organisation.isPartyCell() ? people.findByCell(id).stream()
			.filter(p -> scope.canRead(p.scopePath())).map(Person::view).toList() : List.of();
		Map<Long, String> workplaces = organisations
			.findAllById(members.stream().map(PersonView::organisationId).collect(Collectors.toSet())).stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
		StaffMakeUp staff = people.staffOf(List.of(id)).getOrDefault(id, StaffMakeUp.EMPTY);
		PartyCellMakeUp cell = organisation.isPartyCell()
				? people.makeUpOfCells(List.of(id)).getOrDefault(id, PartyCellMakeUp.EMPTY) : null;
		return new OrganisationDetails(organisation.view(), locality, localities.address(locality.id()), parent,
				children, staffPeople, members, workplaces, staff, cell, scope.canEdit(organisation.scopePath()),
				organisation.terms());
	}

	OrganisationView view(long id) {
		return readable(id).view();
	}

	OrganisationForm editForm(long id) {
		return OrganisationForm.of(writable(id));
	}

	/** Viewers may not open a form for a new record at all. */
	void requireEditor() {
		if (!CurrentUser.get().map(ScopedPrincipal::canEdit).orElse(false)) {
			throw new AccessDeniedException("read-only");
		}
	}

	/** Refuses (404/403) a form that targets a place or record outside the user's writable scope. */
	void checkTarget(OrganisationForm form, Long id) {
		requireEditor();
		if (id != null) {
			writable(id);
		}
		try {
			scope.requireWritable(resolveLocality(form).path());
		}
		catch (OrganisationRuleException missingOrUnknown) {
			// reported beside the field once the form is checked
		}
		if (form.getParentId() != null && !keepsParent(form, id)) {
			readable(form.getParentId());
		}
	}

	/**
	 * An edit that keeps the parent it had: allowed even when the parent lies outside the user's
	 * scope (a commune's board under the district committee), since nothing about it is revealed.
	 */
	private boolean keepsParent(OrganisationForm form, Long id) {
		return id != null && organisations.findById(id).map(o -> form.getParentId().equals(o.parentId())).orElse(false);
	}

	/** The parent a form keeps although the user cannot see it, so that the form can offer to keep it. */
	Long hiddenParent(OrganisationForm form, Long id) {
		return form.getParentId() != null && keepsParent(form, id) && organisations.findById(form.getParentId())
			.map(p -> !scope.canRead(p.scopePath())).orElse(false) ? form.getParentId() : null;
	}

	@Transactional
	long create(OrganisationForm form) {
		requireEditor();
		LocalityView locality = resolveLocality(form);
		scope.requireWritable(locality.path());
		Organisation parent = form.getParentId() == null ? null : readable(form.getParentId());
		Organisation organisation = Organisation.found(form.getName(), form.getKind(), locality, form.getValidFrom(),
				form.getValidTo());
		organisation.placeUnder(parent, ancestorsOf(parent));
		organisation.beginTerm(form.getTermFrom());
		return organisations.save(organisation).id();
	}

	@Transactional
	void update(long id, OrganisationForm form) {
		Organisation organisation = writable(id);
		if (form.getVersion() == null || form.getVersion() != organisation.version()) {
			throw new StaleEditException();
		}
		LocalityView locality = resolveLocality(form);
		scope.requireWritable(locality.path());
		Organisation parent = form.getParentId() == null ? null
				: form.getParentId().equals(organisation.parentId())
						? organisations.findById(form.getParentId()).orElseThrow() : readable(form.getParentId());
		String formerPath = organisation.scopePath();
		organisation.describe(form.getName(), form.getKind(),
				organisation.isPartyCell() && people.countInCell(id) > 0);
		organisation.situate(locality, form.getValidFrom(), form.getValidTo());
		organisation.placeUnder(parent, ancestorsOf(parent));
		organisation.beginTerm(form.getTermFrom());
		for (Organisation child : organisations.findChildren(id)) {
			try {
				organisation.checkMayContain(child);
			}
			catch (OrganisationRuleException broken) {
				throw new OrganisationRuleException("localityId", "organisation.rule.childNotContained");
			}
		}
		if (!formerPath.equals(organisation.scopePath())) {
			organisations.flush();
			people.moveScope(id, organisation.scopePath());
		}
	}

	/** The locality a form names: by official code when given, else the one picked from the list. */
	LocalityView resolveLocality(OrganisationForm form) {
		if (form.hasLocalityCode()) {
			return localities.findByCode(form.getLocalityCode(), form.codeDate())
				.orElseThrow(() -> new OrganisationRuleException("localityCode", "organisation.rule.localityUnknown"));
		}
		if (form.getLocalityId() == null) {
			throw new OrganisationRuleException("localityId", "organisation.rule.localityRequired");
		}
		return localities.find(form.getLocalityId())
			.orElseThrow(() -> new OrganisationRuleException("localityId", "organisation.rule.localityUnknown"));
	}

	/** The parent's own ancestors, to refuse a cycle; the chain is short, so it is walked. */
	private Set<Long> ancestorsOf(Organisation parent) {
		Set<Long> ids = new HashSet<>();
		Long next = parent == null ? null : parent.parentId();
		while (next != null && ids.add(next)) {
			next = organisations.findById(next).map(Organisation::parentId).orElse(null);
		}
		return ids;
	}

	/** Without a scope check: only for references a record already holds. */
	Organisation find(long id) {
		return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
	}

	Organisation readable(long id) {
		Organisation organisation = organisations.findById(id)
			.orElseThrow(() -> new NotFoundException("organisation", id));
		scope.requireReadable(organisation.scopePath());
		return organisation;
	}

	Organisation writable(long id) {
		Organisation organisation = readable(id);
		scope.requireWritable(organisation.scopePath());
		return organisation;
	}

	/**
	 * The localities a form offers: the root of the user's scope and every locality that already has
	 * an organisation in scope (others are given by official code), labelled with their ancestors.
	 */
	List<Choice> localityChoices(Long alsoId) {
		Set<Long> ids = new LinkedHashSet<>();
		CurrentUser.get().map(ScopedPrincipal::scopeLocalityId).ifPresent(ids::add);
		organisations.findAll(scope.<Organisation>within("scopePath"), PageRequest.of(0, CHOICES, ORDER))
			.forEach(o -> ids.add(o.localityId()));
		if (alsoId != null) {
			ids.add(alsoId);
		}
		List<LocalityView> chosen = localities.findAll(ids).values().stream().filter(l -> scope.canRead(l.path()))
			.toList();
		Set<Long> lineage = chosen.stream().flatMap(l -> pathIds(l.path()).stream()).collect(Collectors.toSet());
		Map<Long, LocalityView> names = localities.findAll(lineage);
		List<Choice> choices = new ArrayList<>();
		for (LocalityView locality : chosen) {
			String chain = pathIds(locality.path()).stream().map(names::get).filter(l -> l != null)
				.map(LocalityView::fullName).collect(Collectors.joining(" › "));
			choices.add(new Choice(locality.id(), locality.code() == null ? chain : chain + " (" + locality.code() + ")"));
		}
		choices.sort(VietnameseText.comparing(Choice::label));
		return choices;
	}

	/**
	 * Organisations in scope for a select, optionally only one kind, in Vietnamese order. The current
	 * selections are always offered, even past the cap, so that saving a form never drops them.
	 */
	List<Choice> organisationChoices(OrganisationKind kind, Long... current) {
		List<Choice> choices = new ArrayList<>(organisations
			.findAll(Specification.allOf(scope.within("scopePath"), Searching.equal("kind", kind)),
					PageRequest.of(0, CHOICES, ORDER))
			.map(o -> new Choice(o.id(), o.name())).getContent());
		Set<Long> offered = choices.stream().map(Choice::id).collect(Collectors.toSet());
		List<Long> missing = Arrays.stream(current).filter(id -> id != null && !offered.contains(id)).toList();
		if (!missing.isEmpty()) {
			organisations.findAllById(missing).stream().filter(o -> scope.canRead(o.scopePath()))
				.filter(o -> kind == null || o.kind() == kind).forEach(o -> choices.add(new Choice(o.id(), o.name())));
			choices.sort(VietnameseText.comparing(Choice::label));
		}
		return choices;
	}

	Map<Long, OrganisationView> views(Set<Long> ids) {
		return organisations.findAllById(ids).stream().map(Organisation::view)
			.collect(Collectors.toMap(OrganisationView::id, Function.identity()));
	}

	private static List<Long> pathIds(String path) {
		return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
	}

}
