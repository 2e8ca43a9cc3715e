package vn.mohinh.evaluation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Yearly evaluations of models. */
interface Evaluations extends JpaRepository<Evaluation, Long>, JpaSpecificationExecutor<Evaluation> {

	@Query("select e from Evaluation e where e.initiativeId = :initiativeId and e.year = :year")
	Optional<Evaluation> findOfYear(@Param("initiativeId") long initiativeId, @Param("year") int year);

	/** A model moved: its evaluations follow it (one indexed update; the snapshots of names stay). */
	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query("update Evaluation e set e.scopePath = :path where e.initiativeId = :initiativeId and e.scopePath <> :path")
	int follow(@Param("initiativeId") long initiativeId, @Param("path") String path);

}
