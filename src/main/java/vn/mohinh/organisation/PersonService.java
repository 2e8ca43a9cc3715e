package vn.mohinh.organisation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Reads and changes people through the scope guard; a person's scope is their workplace's. The
 * Party cell may lie in another locality, but must be one the user can see.
 */
@Service
@Transactional(readOnly = true)
class PersonService {

	static final Sort ORDER = Sort.by("sortKey", "id");

	private final People people;
	private final OrganisationService organisations;
	private final ScopeGuard scope;

	PersonService(People people, OrganisationService organisations, ScopeGuard scope) {
		this.people = people;
		this.organisations = organisations;
		this.scope = scope;
	}

	/** People in scope; an organisation filter outside the scope is not found. */
	Page<PersonRow> search(String q, Long organisationId, Pageable pageable) {
		if (organisationId != null) {
			organisations.readable(organisationId);
		}
		Specification<Person> spec = Specification.allOf(scope.within("scopePath"), Searching.matching("searchKey", q),
				Searching.equal("organisationId", organisationId));
		Page<Person> page = people.findAll(spec, pageable);
		Set<Long> ids = new HashSet<>();
		page.forEach(p -> {
			ids.add(p.organisationId());
			if (p.partyCellId() != null) {
				ids.add(p.partyCellId());
			}
		});
		Map<Long, OrganisationView> names = organisations.views(ids);
		return page.map(p -> row(p, names));
	}

	PersonRow details(long id) {
		Person person = readable(id);
		Set<Long> ids = new HashSet<>();
		ids.add(person.organisationId());
		if (person.partyCellId() != null) {
			ids.add(person.partyCellId());
		}
		return row(person, organisations.views(ids));
	}

	/** The cell's name is shown only to users who may see the cell. */
	private PersonRow row(Person person, Map<Long, OrganisationView> names) {
		OrganisationView workplace = names.get(person.organisationId());
		OrganisationView cell = person.partyCellId() == null ? null : names.get(person.partyCellId());
		return new PersonRow(person.view(), workplace == null ? null : workplace.name(),
				cell == null || !scope.canRead(cell.scopePath()) ? null : cell.name());
	}

	boolean canEdit(PersonView person) {
		return scope.canEdit(person.scopePath());
	}

	PersonForm editForm(long id) {
		return PersonForm.of(writable(id));
	}

	void requireEditor() {
		organisations.requireEditor();
	}

	/** Refuses (404/403) a form that targets a workplace, cell or person outside the user's scope. */
	void checkTarget(PersonForm form, Long id) {
		requireEditor();
		if (id != null) {
			writable(id);
		}
		if (form.getOrganisationId() != null) {
			organisations.writable(form.getOrganisationId());
		}
		if (form.getPartyCellId() != null && !keepsCell(form, id)) {
			organisations.readable(form.getPartyCellId());
		}
	}

	/** An edit that keeps the person's cell: allowed even when the cell lies outside the user's scope. */
	private boolean keepsCell(PersonForm form, Long id) {
		return id != null && people.findById(id).map(p -> form.getPartyCellId().equals(p.partyCellId())).orElse(false);
	}

	/** The cell a form keeps although the user cannot see it, so that the form can offer to keep it. */
	Long hiddenCell(PersonForm form, Long id) {
		if (form.getPartyCellId() == null || !keepsCell(form, id)) {
			return null;
		}
		return organisations.views(Set.of(form.getPartyCellId())).values().stream()
			.anyMatch(cell -> !scope.canRead(cell.scopePath())) ? form.getPartyCellId() : null;
	}

	@Transactional
	long create(PersonForm form) {
		requireEditor();
		Organisation workplace = workplace(form);
		Person person = Person.enrol(form.getFullName(), form.getGender(), form.getBirthYear(), form.getEthnicity(),
				form.getPosition(), workplace);
		person.recordPartyMembership(form.isPartyMember(), cell(form));
		if (!form.isActive()) {
			person.withdraw();
		}
		return people.save(person).id();
	}

	@Transactional
	void update(long id, PersonForm form) {
		Person person = writable(id);
		if (form.getVersion() == null || form.getVersion() != person.version()) {
			throw new StaleEditException();
		}
		person.describe(form.getFullName(), form.getGender(), form.getBirthYear(), form.getEthnicity(),
				form.getPosition());
		person.assignTo(workplace(form));
		person.recordPartyMembership(form.isPartyMember(),
				form.getPartyCellId() != null && form.getPartyCellId().equals(person.partyCellId())
						? organisations.find(person.partyCellId()) : cell(form));
		if (form.isActive()) {
			person.reinstate();
		}
		else {
			person.withdrawOn(java.time.LocalDate.now());
		}
	}

	private Organisation workplace(PersonForm form) {
		if (form.getOrganisationId() == null) {
			throw new OrganisationRuleException("organisationId", "person.rule.organisationRequired");
		}
		return organisations.writable(form.getOrganisationId());
	}

	private Organisation cell(PersonForm form) {
		return form.getPartyCellId() == null ? null : organisations.readable(form.getPartyCellId());
	}

	Person readable(long id) {
		Person person = people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
		scope.requireReadable(person.scopePath());
		return person;
	}

	Person writable(long id) {
		Person person = readable(id);
		scope.requireWritable(person.scopePath());
		return person;
	}

}
