package vn.mohinh.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.text.VietnameseText;

/**
 * What other modules may ask about organisations and people. Lookups here do not check scope:
 * callers check the {@code scopePath} of what they show with {@code ScopeGuard}.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	/** The most a search answers, whatever the caller asks. */
	public static final int MAX_RESULTS = 500;

	private static final Sort ORDER = Sort.by("sortKey", "id");

	private final Organisations organisations;
	private final People people;
	private final ScopeGuard scope;

	OrganisationDirectory(Organisations organisations, People people, ScopeGuard scope) {
		this.organisations = organisations;
		this.people = people;
		this.scope = scope;
	}

	/**
	 * Organisations in the user's scope whose name holds every word of {@code text}, ignoring accents
	 * and case ("ban tuyen giao" finds "Ban Tuyên giáo Huyện ủy Kon Rẫy"), in Vietnamese order; a
	 * blank text lists the first ones in scope.
	 */
	public List<OrganisationView> search(String text, int limit) {
		Specification<Organisation> spec = Specification.allOf(scope.within("scopePath"),
				Searching.matching("searchKey", text));
		return organisations.findAll(spec, PageRequest.of(0, Math.max(1, Math.min(limit, MAX_RESULTS)), ORDER)).stream()
			.map(Organisation::view).toList();
	}

	/**
	 * Active party members (đảng viên) in the user's scope whose name or position holds every word of
	 * {@code text}, accent-insensitive, in Vietnamese order of their given names.
	 */
	public List<PersonView> searchPartyMembers(String text, int limit) {
		Specification<Person> spec = Specification.allOf(scope.within("scopePath"), Searching.matching("searchKey", text),
				Searching.equal("partyMember", true), Searching.equal("active", true));
		return people.findAll(spec, PageRequest.of(0, Math.max(1, Math.min(limit, MAX_RESULTS)), ORDER)).stream()
			.map(Person::view).toList();
	}

	/**
	 * The first day of the term (nhiệm kỳ) of a Party body that {@code day} falls in; empty when the
	 * body has no term recorded before that day.
	 */
	public Optional<LocalDate> termStartOn(long organisationId, LocalDate day) {
		return organisations.termStartOn(organisationId, day);
	}

	public Optional<OrganisationView> find(long id) {
		return organisations.findById(id).map(Organisation::view);
	}

	/** The organisation bearing exactly this name, the newest one if the name was reused. */
	public Optional<OrganisationView> findByName(String name) {
		return organisations.findByName(VietnameseText.clean(name)).stream().findFirst().map(Organisation::view);
	}

	public Optional<PersonView> findPerson(long id) {
		return people.findById(id).map(Person::view);
	}

	/** The people working at an organisation, those still active first. */
	public List<PersonView> staffOf(long organisationId) {
		return people.findByWorkplace(organisationId).stream().map(Person::view).toList();
	}

	/** The party members of a Party cell, those still active first. */
	public List<PersonView> membersOf(long cellId) {
		return people.findByCell(cellId).stream().map(Person::view).toList();
	}

	/** Counted now from the active members: "5 đảng viên (trong đó 4 nữ, 1 dân tộc thiểu số)". */
	public PartyCellMakeUp makeUpOf(long cellId) {
		return people.makeUpOfCells(List.of(cellId)).getOrDefault(cellId, PartyCellMakeUp.EMPTY);
	}

	/** Counted now from the active staff: "7 cán bộ, công chức". */
	public StaffMakeUp staffMakeUpOf(long organisationId) {
		return people.staffOf(List.of(organisationId)).getOrDefault(organisationId, StaffMakeUp.EMPTY);
	}

	/**
	 * The make-up of a cell on a day (a report's last day): its members then, as far as the records
	 * date it. Only leaving is dated (the day a person was withdrawn, from V30 on); who joined later,
	 * and a change of gender, ethnicity, party membership or cell, count as recorded today.
	 */
	public PartyCellMakeUp makeUpOf(long cellId, LocalDate asOf) {
		return people.makeUpOfCells(List.of(cellId), asOf).getOrDefault(cellId, PartyCellMakeUp.EMPTY);
	}

	/** The staff of an organisation on a day, with the limits of {@link #makeUpOf(long, LocalDate)}. */
	public StaffMakeUp staffMakeUpOf(long organisationId, LocalDate asOf) {
		return people.staffOf(List.of(organisationId), asOf).getOrDefault(organisationId, StaffMakeUp.EMPTY);
	}

	/** The members of a cell on a day, with the limits of {@link #makeUpOf(long, LocalDate)}. */
	public List<PersonView> membersOf(long cellId, LocalDate asOf) {
		return people.findByCell(cellId).stream().filter(p -> p.activeOn(asOf)).map(Person::view).toList();
	}

	/**
	 * The people of an organisation for its meetings: the party members of a Party cell and the
	 * staff working there, each once, those still active first.
	 */
	public List<PersonView> peopleOf(long organisationId) {
		Map<Long, PersonView> all = new LinkedHashMap<>();
		people.findByCell(organisationId).forEach(p -> all.putIfAbsent(p.id(), p.view()));
		people.findByWorkplace(organisationId).forEach(p -> all.putIfAbsent(p.id(), p.view()));
		return all.values().stream().sorted((a, b) -> Boolean.compare(b.active(), a.active())).toList();
	}

	/** Active party members whose workplace lies in {@code area}, counted in the database. */
	public long countPartyMembers(Scope area) {
		return people.count(activePartyMembersIn(area));
	}

	/**
	 * Active party members in {@code area} with an id above {@code afterId}, by id, at most
	 * {@code limit} (keyset batches, so that callers never load every member at once).
	 */
	public List<PersonView> partyMembersAfter(Scope area, long afterId, int limit) {
		Specification<Person> spec = activePartyMembersIn(area)
			.and((root, query, cb) -> cb.greaterThan(root.get("id"), afterId));
		return people.findAll(spec, PageRequest.of(0, Math.max(1, Math.min(limit, MAX_RESULTS)), Sort.by("id")))
			.stream().map(Person::view).toList();
	}

	private static Specification<Person> activePartyMembersIn(Scope area) {
		Specification<Person> inArea = (root, query, cb) -> {
			if (area.everywhere()) {
				return cb.conjunction();
			}
			List<Predicate> any = new ArrayList<>();
			for (String prefix : area.prefixes()) {
				any.add(cb.like(root.get("scopePath"), prefix + "%"));
			}
			return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
		};
		return Specification.allOf(inArea, Searching.equal("partyMember", true), Searching.equal("active", true));
	}

}
