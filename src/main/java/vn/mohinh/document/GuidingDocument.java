package vn.mohinh.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import vn.mohinh.shared.text.VietnameseText;

/**
 * A guiding document (văn bản chỉ đạo) in the register. Never deleted, since reports cite it:
 * withdrawn instead. National when it has no locality.
 */
@Entity
@Table(name = "guiding_document")
@Audited
class GuidingDocument {

	private static final int MAX_SEARCH_KEY = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guiding_document_seq")
	@SequenceGenerator(name = "guiding_document_seq", sequenceName = "guiding_document_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	@Column(name = "doc_number")
	private String number;

	private String numberKey;

	private LocalDate issuedOn;

	@Column(name = "issued_year")
	private int year;

	private String issuer;

	private String issuerKey;

	private String title;

	private String summary;

	private Long localityId;

	private String localityName;

	private String scopePath;

	@Embedded
	private Attachment attachment;

	private boolean withdrawn;

	private Instant withdrawnAt;

	private String searchKey;

	private String sortKey;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected GuidingDocument() {
	}

	/**
	 * A new entry of the register. {@code kindNames} gives the Vietnamese name of each kind, so that
	 * "chi thi 05" finds Chỉ thị 05-CT/TW although the title does not say "Chỉ thị".
	 */
	static GuidingDocument register(DocumentDetails details, Placement placement, Function<DocumentKind, String> kindNames,
			Instant now) {
		GuidingDocument document = new GuidingDocument();
		document.createdAt = now;
		document.apply(details, placement, kindNames, now);
		return document;
	}

	/** New details and place; the caller has checked that the user may write both the old and the new place. */
	void revise(DocumentDetails details, Placement placement, Function<DocumentKind, String> kindNames, Instant now) {
		apply(details, placement, kindNames, now);
	}

	/** Attaches a file, replacing the previous one (whose bytes stay: another document may share them). */
	void attach(Attachment file, Instant now) {
		this.attachment = file;
		this.updatedAt = now;
	}

	void withdraw(Instant now) {
		if (withdrawn) {
			throw new DocumentRuleException("withdrawn", "document.error.alreadyWithdrawn");
		}
		this.withdrawn = true;
		this.withdrawnAt = now;
		this.updatedAt = now;
	}

	void restore(Instant now) {
		if (!withdrawn) {
			throw new DocumentRuleException("withdrawn", "document.error.notWithdrawn");
		}
		this.withdrawn = false;
		this.withdrawnAt = null;
		this.updatedAt = now;
	}

	private void apply(DocumentDetails details, Placement placement, Function<DocumentKind, String> kindNames,
			Instant now) {
		this.kind = details.kind();
		this.number = details.number();
		this.numberKey = details.numberKey();
		this.issuedOn = details.issuedOn();
		this.year = details.year();
		this.issuer = details.issuer();
		this.issuerKey = details.issuerKey();
		this.title = details.title();
		this.summary = details.summary();
		this.localityId = placement.localityId();
		this.localityName = placement.localityName();
		this.scopePath = placement.scopePath();
		this.searchKey = searchKeyOf(kindNames.apply(kind), number, title, issuer);
		this.sortKey = VietnameseText.sortKey(title);
		this.updatedAt = now;
	}

	static String searchKeyOf(String kindName, String number, String title, String issuer) {
		String key = String.join(" ", VietnameseText.fold(kindName), VietnameseText.fold(number),
				VietnameseText.fold(title), VietnameseText.fold(issuer)).replaceAll("\\s+", " ").strip();
		return key.length() > MAX_SEARCH_KEY ? key.substring(0, MAX_SEARCH_KEY) : key;
	}

	String searchKey() {
		return searchKey;
	}

	Long id() {
		return id;
	}

	long version() {
		return version;
	}

	DocumentKind kind() {
		return kind;
	}

	String number() {
		return number;
	}

	LocalDate issuedOn() {
		return issuedOn;
	}

	int year() {
		return year;
	}

	String issuer() {
		return issuer;
	}

	String title() {
		return title;
	}

	String summary() {
		return summary;
	}

	Long localityId() {
		return localityId;
	}

	String localityName() {
		return localityName;
	}

	String scopePath() {
		return scopePath;
	}

	boolean national() {
		return localityId == null;
	}

	Attachment attachment() {
		return attachment;
	}

	boolean withdrawn() {
		return withdrawn;
	}

	Instant withdrawnAt() {
		return withdrawnAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	DocumentDetails details() {
		return new DocumentDetails(kind, number, issuedOn, year, issuer, title, summary);
	}

	GuidingDocumentView view() {
		return new GuidingDocumentView(id, kind, number, issuedOn, year, issuer, title, localityId, localityName,
				withdrawn);
	}

}
