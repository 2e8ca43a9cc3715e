package vn.mohinh.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Reports extends JpaRepository<Report, Long>, JpaSpecificationExecutor<Report> {

	/** The highest number an issuer gave a report in a year (numbering restarts each year). */
	@Query("select max(r.issueNumber) from Report r where r.issuerId = ?1 and r.issueYear = ?2")
	Optional<Integer> lastNumber(long issuerId, int year);

}
