package vn.mohinh.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The versioned sets of criteria. */
interface CriteriaSets extends JpaRepository<CriteriaSet, Long> {

	/** The sets of a type in force on a day, national and provincial, newest first. */
	@Query("""
			select s from CriteriaSet s where s.typeId = :typeId and s.validFrom <= :on
			and (s.validTo is null or s.validTo >= :on) order by s.validFrom desc, s.id desc""")
	List<CriteriaSet> inForce(@Param("typeId") long typeId, @Param("on") LocalDate on);

	/** The versions of a type for one area (national or a province), newest first. */
	@Query("select s from CriteriaSet s where s.typeId = :typeId and s.areaPath = :areaPath order by s.validFrom desc, s.id desc")
	List<CriteriaSet> versions(@Param("typeId") long typeId, @Param("areaPath") String areaPath, Pageable pageable);

	@Query(value = "select s from CriteriaSet s where s.typeId = :typeId order by s.areaPath, s.validFrom desc, s.id desc",
			countQuery = "select count(s) from CriteriaSet s where s.typeId = :typeId")
	Page<CriteriaSet> ofType(@Param("typeId") long typeId, Pageable pageable);

}
