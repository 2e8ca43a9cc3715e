package vn.mohinh.commendation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Commendations extends JpaRepository<Commendation, Long> {

	/** Is this stored file the scan of a commendation (so that the store keeps it)? */
	boolean existsByScanHash(String scanHash);

	/** Another decision of the same body with the same number in the same year (a reused number). */
	@Query("""
			select count(c) > 0 from Commendation c where c.bodyKey = :bodyKey and c.year = :year
			and c.decisionKey = :decisionKey and (:id is null or c.id <> :id)""")
	boolean numberTaken(@Param("bodyKey") String bodyKey, @Param("year") int year,
			@Param("decisionKey") String decisionKey, @Param("id") Long id);

}
