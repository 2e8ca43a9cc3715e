package vn.mohinh.report;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Reports extends JpaRepository<Report, Long>, JpaSpecificationExecutor<Report> {

	/**
	 * The highest number an issuer gave a report in the series that began on {@code seriesFrom} (a
	 * year, or a Party term).
	 */
	@Query("select max(r.issueNumber) from Report r where r.issuerId = ?1 and r.seriesFrom = ?2")
	Optional<Integer> lastNumber(long issuerId, LocalDate seriesFrom);

}
