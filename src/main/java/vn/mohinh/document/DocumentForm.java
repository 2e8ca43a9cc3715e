package vn.mohinh.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** What the document form posts; never bound to the entity. Domain rules are checked by {@link DocumentDetails}. */
class DocumentForm {

	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	@NotNull(message = "{document.error.kind.required}")
	private DocumentKind kind;

	@Size(max = 60, message = "{document.error.number.size}")
	private String number;

	/** Typed as dd/MM/yyyy (1/7/2025 is accepted too); parsed strictly here, so 31/02 is an error, not 29/02. */
	@Size(max = 20, message = "{document.error.issuedOn.invalid}")
	private String issuedOn;

	private Integer year;

	@NotBlank(message = "{document.error.issuer.required}")
	@Size(max = 300, message = "{document.error.issuer.size}")
	private String issuer;

	@NotBlank(message = "{document.error.title.required}")
	@Size(max = 1000, message = "{document.error.title.size}")
	private String title;

	@Size(max = 4000, message = "{document.error.summary.size}")
	private String summary;

	private Long localityId;

	@Size(max = 10, message = "{document.error.locality.codeSize}")
	private String localityCode;

	private Long version;

	private MultipartFile file;

	static DocumentForm of(DocumentCard card) {
		GuidingDocumentView d = card.document();
		DocumentForm form = new DocumentForm();
		form.kind = d.kind();
		form.number = d.number();
		form.issuedOn = d.issuedOn() == null ? null : SHOWN.format(d.issuedOn());
		form.year = d.year();
		form.issuer = d.issuer();
		form.title = d.title();
		form.summary = card.summary();
		form.localityId = d.localityId();
		form.version = card.version();
		return form;
	}

	/** The year may be left out when the day is given. */
	DocumentDetails toDetails() {
		LocalDate day = issuedOnDate();
		Integer y = year != null ? year : day != null ? day.getYear() : null;
		return new DocumentDetails(kind, number, day, y, issuer, title, summary);
	}

	/** False when a day was typed that is no day; reported with the other field errors. */
	boolean issuedOnReadable() {
		try {
			issuedOnDate();
			return true;
		}
		catch (DocumentRuleException ex) {
			return false;
		}
	}

	private LocalDate issuedOnDate() {
		if (issuedOn == null || issuedOn.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(issuedOn.strip(), TYPED);
		}
		catch (DateTimeParseException ex) {
			throw new DocumentRuleException("issuedOn", "document.error.issuedOn.invalid");
		}
	}

	PlaceChoice toPlaceChoice() {
		return new PlaceChoice(localityId, localityCode);
	}

	public DocumentKind getKind() {
		return kind;
	}

	public void setKind(DocumentKind kind) {
		this.kind = kind;
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(String issuedOn) {
		this.issuedOn = issuedOn;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getIssuer() {
		return issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Long getLocalityId() {
		return localityId;
	}

	public void setLocalityId(Long localityId) {
		this.localityId = localityId;
	}

	public String getLocalityCode() {
		return localityCode;
	}

	public void setLocalityCode(String localityCode) {
		this.localityCode = localityCode;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
