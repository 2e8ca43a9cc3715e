package vn.mohinh.document;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The register of guiding documents. Reads go through {@link DocumentRegister}, which applies scope. */
interface Documents extends JpaRepository<GuidingDocument, Long>, JpaSpecificationExecutor<GuidingDocument> {

	/**
	 * The number rule: one number per issuer and year (withdrawn documents keep theirs). Pass the
	 * document's own id when revising it, or 0 for a new one.
	 */
	@Query("""
			select count(d) > 0 from GuidingDocument d where d.issuerKey = :issuerKey and d.year = :year
			and d.numberKey = :numberKey and d.id <> :exceptId""")
	boolean numberTaken(@Param("issuerKey") String issuerKey, @Param("year") int year,
			@Param("numberKey") String numberKey, @Param("exceptId") long exceptId);

	@Query("select count(d) > 0 from GuidingDocument d where d.attachment.sha256 = :sha256")
	boolean existsByAttachmentSha256(@Param("sha256") String sha256);

	@Query("select count(d) > 0 from GuidingDocument d where d.issuerKey = :issuerKey and d.year = :year and d.title = :title")
	boolean existsByIssuerKeyAndYearAndTitle(@Param("issuerKey") String issuerKey, @Param("year") int year,
			@Param("title") String title);

}
