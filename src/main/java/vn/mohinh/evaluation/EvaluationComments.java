package vn.mohinh.evaluation;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Members' comments on evaluations, oldest first. */
interface EvaluationComments extends JpaRepository<EvaluationComment, Long> {

	@Query("select c from EvaluationComment c where c.evaluationId = :evaluationId order by c.writtenAt, c.id")
	List<EvaluationComment> of(@Param("evaluationId") long evaluationId, Pageable pageable);

	@Query("select count(c) from EvaluationComment c where c.evaluationId = :evaluationId")
	long countOf(@Param("evaluationId") long evaluationId);

}
