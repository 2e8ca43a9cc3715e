package vn.mohinh.locality;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface LocalityMergers extends Repository<LocalityMerger, Long> {

	List<LocalityMerger> findByPredecessorId(Long predecessorId);

	List<LocalityMerger> findBySuccessorId(Long successorId);

	@Query("select m.predecessorId from LocalityMerger m where m.successorId = :id and m.relation = vn.mohinh.locality.MergerRelation.FULL")
	List<Long> fullPredecessorIdsOf(@Param("id") Long successorId);

	@Query("select m.successorId from LocalityMerger m where m.predecessorId = :id and m.relation = vn.mohinh.locality.MergerRelation.FULL")
	List<Long> fullSuccessorIdsOf(@Param("id") Long predecessorId);

}
