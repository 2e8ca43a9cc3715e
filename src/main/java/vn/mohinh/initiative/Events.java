package vn.mohinh.initiative;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Events at localities; reads are restricted to the user's scope by the caller ({@link EventService}). */
interface Events extends JpaRepository<InitiativeEvent, Long>, JpaSpecificationExecutor<InitiativeEvent> {

	List<InitiativeEvent> findByInitiativeIdOrderByHeldOnDesc(Long initiativeId);

	boolean existsByNameAndHeldOn(String name, java.time.LocalDate heldOn);

}
