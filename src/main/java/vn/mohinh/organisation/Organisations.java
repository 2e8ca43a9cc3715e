package vn.mohinh.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Organisations extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

	@Query("select o from Organisation o where o.parentId = :parentId order by o.sortKey, o.id")
	List<Organisation> findChildren(@Param("parentId") long parentId);

	/** Newest first, so that a name reused by a successor body finds the current one. */
	@Query("select o from Organisation o where o.name = :name order by o.validFrom desc nulls last, o.id desc")
	List<Organisation> findByName(@Param("name") String name);

	/** The first day of the term of an organisation that {@code day} falls in: the latest start on or before it. */
	@Query("select max(t) from Organisation o join o.termStarts t where o.id = :id and t <= :day")
	Optional<LocalDate> termStartOn(@Param("id") long id, @Param("day") LocalDate day);

}
