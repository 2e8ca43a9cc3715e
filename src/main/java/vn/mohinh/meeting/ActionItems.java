package vn.mohinh.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActionItems extends JpaRepository<ActionItem, Long>, JpaSpecificationExecutor<ActionItem> {

	@Query("select a from ActionItem a where a.meetingId = :meetingId order by a.id")
	List<ActionItem> findByMeeting(@Param("meetingId") long meetingId);

	/** Open items of an organisation, the earliest due first (a meeting's agenda). */
	@Query("select a from ActionItem a where a.organisationId = :organisationId and a.status = 'OPEN' order by a.dueDate, a.id")
	List<ActionItem> openOf(@Param("organisationId") long organisationId, Limit limit);

	/** The reminder job's keyset walk over every overdue item of the country. */
	@Query("select a from ActionItem a where a.status = 'OPEN' and a.dueDate < :day and a.id > :after order by a.id")
	List<ActionItem> overdueAfter(@Param("day") LocalDate day, @Param("after") long after, Limit limit);

}
