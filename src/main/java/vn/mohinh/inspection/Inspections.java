package vn.mohinh.inspection;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The inspections; lists go through {@link InspectionQuery} and its scope restriction. */
interface Inspections extends JpaRepository<Inspection, Long>, JpaSpecificationExecutor<Inspection> {

	/** The day of the model's latest inspection still standing (none when all were withdrawn). */
	@Query("select max(i.inspectedOn) from Inspection i where i.initiativeId = ?1 and i.status = vn.mohinh.inspection.InspectionStatus.RECORDED")
	Optional<LocalDate> latestStandingOn(long initiativeId);

	@Query("select count(p) > 0 from Inspection i join i.photos p where p.sha256 = ?1")
	boolean referencesPhoto(String hash);

}
