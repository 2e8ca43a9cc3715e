package vn.mohinh.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** People, and the make-up figures counted from them in the database (never by loading them). */
interface People extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

	@Query("""
			select new vn.mohinh.organisation.MakeUpCounts(p.partyCellId, count(p),
				sum(case when p.gender = :female then 1 else 0 end),
				sum(case when p.ethnicMinority = true then 1 else 0 end))
			from Person p where (p.active = true or p.leftOn > :asOf) and p.partyMember = true and p.partyCellId in :cellIds
			group by p.partyCellId""")
	List<MakeUpCounts> countCellMembers(@Param("cellIds") Collection<Long> cellIds, @Param("female") Gender female,
			@Param("asOf") LocalDate asOf);

	@Query("""
			select new vn.mohinh.organisation.MakeUpCounts(p.organisationId, count(p),
				sum(case when p.gender = :female then 1 else 0 end),
				sum(case when p.partyMember = true then 1 else 0 end))
			from Person p where (p.active = true or p.leftOn > :asOf) and p.organisationId in :organisationIds
			group by p.organisationId""")
	List<MakeUpCounts> countStaff(@Param("organisationIds") Collection<Long> organisationIds, @Param("female") Gender female,
			@Param("asOf") LocalDate asOf);

	default Map<Long, PartyCellMakeUp> makeUpOfCells(Collection<Long> cellIds) {
		return makeUpOfCells(cellIds, LocalDate.now());
	}

	/** The members in the cells on a day: active, or recorded as having left after it. */
	default Map<Long, PartyCellMakeUp> makeUpOfCells(Collection<Long> cellIds, LocalDate asOf) {
		Map<Long, PartyCellMakeUp> result = new HashMap<>();
		if (!cellIds.isEmpty()) {
			for (MakeUpCounts c : countCellMembers(cellIds, Gender.FEMALE, asOf)) {
				result.put(c.organisationId(), new PartyCellMakeUp(c.total(), c.first(), c.second()));
			}
		}
		return result;
	}

	default Map<Long, StaffMakeUp> staffOf(Collection<Long> organisationIds) {
		return staffOf(organisationIds, LocalDate.now());
	}

	/** The staff working there on a day: active, or recorded as having left after it. */
	default Map<Long, StaffMakeUp> staffOf(Collection<Long> organisationIds, LocalDate asOf) {
		Map<Long, StaffMakeUp> result = new HashMap<>();
		if (!organisationIds.isEmpty()) {
			for (MakeUpCounts c : countStaff(organisationIds, Gender.FEMALE, asOf)) {
				result.put(c.organisationId(), new StaffMakeUp(c.total(), c.first(), c.second()));
			}
		}
		return result;
	}

	@Query("select p from Person p where p.organisationId = :organisationId order by p.active desc, p.sortKey, p.id")
	List<Person> findByWorkplace(@Param("organisationId") long organisationId);

	@Query("""
			select p from Person p where p.partyCellId = :cellId and p.partyMember = true
			order by p.active desc, p.sortKey, p.id""")
	List<Person> findByCell(@Param("cellId") long cellId);

	@Query("select count(p) from Person p where p.partyCellId = :cellId")
	long countInCell(@Param("cellId") long cellId);

	/** People follow their workplace when it moves to another locality. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Person p set p.scopePath = :path where p.organisationId = :organisationId")
	int moveScope(@Param("organisationId") long organisationId, @Param("path") String path);

}
