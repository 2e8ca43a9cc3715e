package vn.mohinh.initiative;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The register of models. Reads go through {@link InitiativeService} or {@link InitiativeQuery}, which apply scope. */
interface Initiatives extends JpaRepository<Initiative, Long>, JpaSpecificationExecutor<Initiative> {

	@Query("select count(i) > 0 from Initiative i join i.files f where f.sha256 = :hash")
	boolean fileInUse(@Param("hash") String hash);

	/** Open models of a type in any of the villages (other than the one being edited): name and village. */
	@Query("""
			select i.name, s.villageName from Initiative i join i.sites s where i.typeId = :typeId
			and s.villageId in :villageIds and i.id <> :exceptId
			and i.status not in (vn.mohinh.initiative.InitiativeStatus.CONVERTED, vn.mohinh.initiative.InitiativeStatus.DISCONTINUED)
			order by i.name, s.villageName""")
	List<Object[]> sameTypeInVillages(@Param("typeId") long typeId, @Param("villageIds") Collection<Long> villageIds,
			@Param("exceptId") long exceptId);

	/** The village names of a page of models, in one query: (initiative id, village name). */
	@Query("select i.id, s.villageName from Initiative i join i.sites s where i.id in :ids")
	List<Object[]> villageNamesOf(@Param("ids") Collection<Long> ids);

	/** The level of a page of models in a year, in one query: (initiative id, level). */
	@Query("select i.id, l.level from Initiative i join i.levels l where i.id in :ids and l.year = :year")
	List<Object[]> levelsOf(@Param("ids") Collection<Long> ids, @Param("year") int year);

	/** The latest registration status of a page of models: (initiative id, year, status). */
	@Query("select i.id, r.year, r.status from Initiative i join i.registrations r where i.id in :ids")
	List<Object[]> registrationsOf(@Param("ids") Collection<Long> ids);

	List<Initiative> findByOriginIdOrderByStartDateAscIdAsc(Long originId);

	List<Initiative> findByName(String name);

}
