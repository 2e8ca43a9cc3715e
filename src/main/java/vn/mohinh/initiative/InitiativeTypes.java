package vn.mohinh.initiative;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The catalogue of types of model. */
interface InitiativeTypes extends JpaRepository<InitiativeType, Long> {

	@Query("select t from InitiativeType t order by t.retired, t.sortKey, t.id")
	List<InitiativeType> findAllInOrder();

	@Query("select t from InitiativeType t where t.nameKey = :nameKey")
	Optional<InitiativeType> findByNameKey(@Param("nameKey") String nameKey);

}
