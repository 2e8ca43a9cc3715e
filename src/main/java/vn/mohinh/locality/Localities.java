package vn.mohinh.locality;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Localities extends JpaRepository<Locality, Long>, JpaSpecificationExecutor<Locality> {

	/** The unit that bears a code on a date (codes are reused across the 2025 reform). */
	@Query("""
			select l from Locality l where l.code = :code
			and (l.validFrom is null or l.validFrom <= :on) and (l.validTo is null or l.validTo >= :on)""")
	Optional<Locality> findByCodeOn(@Param("code") String code, @Param("on") LocalDate on);

	@Query("select l from Locality l where l.code = :code order by l.validFrom desc nulls last")
	List<Locality> findAllByCode(@Param("code") String code);

	@Query("""
			select l from Locality l where l.parentId in :parentIds
			and (l.validFrom is null or l.validFrom <= :on) and (l.validTo is null or l.validTo >= :on)
			order by l.sortKey""")
	Page<Locality> findChildrenOn(@Param("parentIds") List<Long> parentIds, @Param("on") LocalDate on,
			Pageable pageable);

	@Query("""
			select l from Locality l where l.parentId is null
			and (l.validFrom is null or l.validFrom <= :on) and (l.validTo is null or l.validTo >= :on)
			order by l.sortKey""")
	Page<Locality> findRootsOn(@Param("on") LocalDate on, Pageable pageable);

	@Query("select count(l) from Locality l")
	long countAll();

}
