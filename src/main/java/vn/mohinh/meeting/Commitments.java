package vn.mohinh.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Commitments extends JpaRepository<Commitment, Long> {

	@Query("select c from Commitment c where c.year = :year and c.personId in :personIds")
	List<Commitment> findOf(@Param("personIds") Collection<Long> personIds, @Param("year") int year);

	@Query("select c from Commitment c where c.personId = :personId and c.year = :year")
	Optional<Commitment> findOne(@Param("personId") long personId, @Param("year") int year);

}
