package vn.mohinh.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.shared.text.VietnameseText;

/**
 * What other modules may ask about organisations and people. Lookups here do not check scope:
 * callers check the {@code scopePath} of what they show with {@code ScopeGuard}.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	private final Organisations organisations;
	private final People people;

	OrganisationDirectory(Organisations organisations, People people) {
		this.organisations = organisations;
		this.people = people;
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

}
