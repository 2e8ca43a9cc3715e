package vn.mohinh.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

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

import vn.mohinh.organisation.OrganisationKind;

/**
 * A periodic report (báo cáo): who issues it, on which locality and period, its summary (trích yếu)
 * and its sections. Drafted from the data and edited; issued once with a number of its issuer's year,
 * after which nothing changes. Names are copied as they were when it was drafted.
 */
@Entity
@Table(name = "report")
@Audited
class Report {

	static final int MAX_TITLE = 500;
	/** Longest section text; the results may be long (every model by commune). */
	static final int MAX_SECTION = 20000;
	static final int MAX_RESULTS = 60000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
	@SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
	private Long id;

	private Long issuerId;

	private String issuerName;

	@Enumerated(EnumType.STRING)
	private OrganisationKind issuerKind;

	private String issuerPath;

	private Long localityId;

	private String localityName;

	private String scopePath;

	@Enumerated(EnumType.STRING)
	private ReportKind kind;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	private String title;

	private String situation;

	private String leadership;

	private String results;

	private String weaknesses;

	private String tasks;

	private String proposals;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private Integer issueYear;

	private Integer issueNumber;

	/** First day of the number's series: 1 January of the issue year, or the Party issuer's term start. */
	private LocalDate seriesFrom;

	private String numberText;

	private LocalDate issuedOn;

	private String issuedBy;

	private String signerTitle;

	private String signerName;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected Report() {
	}

	/** Who issues a report, as it was named when the report was drafted. */
	record Issuer(long id, String name, OrganisationKind kind, String path) {
	}

	/** The locality a report covers, as it was named when the report was drafted. */
	record Area(long id, String name, String path) {
	}

	static Report draft(Issuer issuer, Area area, ReportKind kind, LocalDate from, LocalDate to, String title,
			Map<ReportSection, String> sections, String by, Instant now) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new ReportRuleException("periodTo", "reporting.error.period");
		}
		Report r = new Report();
		r.issuerId = issuer.id();
		r.issuerName = issuer.name();
		r.issuerKind = issuer.kind();
		r.issuerPath = issuer.path();
		r.localityId = area.id();
		r.localityName = area.name();
		r.scopePath = area.path();
		r.kind = kind;
		r.periodFrom = from;
		r.periodTo = to;
		r.status = ReportStatus.DRAFT;
		r.createdAt = now;
		r.createdBy = by;
		r.updatedAt = now;
		r.write(title, sections);
		return r;
	}

	/** New text of a draft; an issued report is frozen. */
	void revise(String newTitle, Map<ReportSection, String> sections, Instant now) {
		requireDraft();
		write(newTitle, sections);
		updatedAt = now;
	}

	/**
	 * Issues the draft with its number in the series that began on {@code seriesFrom}; from then on it
	 * is frozen.
	 */
	void issue(int number, LocalDate seriesFrom, String text, LocalDate on, String signerTitle, String signerName,
			String by, Instant now) {
		requireDraft();
		if (on == null) {
			throw new ReportRuleException("issuedOn", "reporting.error.issuedOn.required");
		}
		if (on.isBefore(periodTo)) {
			throw new ReportRuleException("issuedOn", "reporting.error.issuedOn.beforeEnd");
		}
		this.issueYear = on.getYear();
		this.issueNumber = number;
		this.seriesFrom = seriesFrom;
		this.numberText = text;
		this.issuedOn = on;
		this.signerTitle = signerTitle;
		this.signerName = blankToNull(signerName);
		this.issuedBy = by;
		this.status = ReportStatus.ISSUED;
		this.updatedAt = now;
	}

	void requireDraft() {
		if (status != ReportStatus.DRAFT) {
			throw new ReportRuleException(null, "reporting.error.frozen");
		}
	}

	private void write(String newTitle, Map<ReportSection, String> sections) {
		String cleanTitle = blankToNull(newTitle);
		if (cleanTitle == null) {
			throw new ReportRuleException("title", "reporting.error.title.required");
		}
		if (cleanTitle.length() > MAX_TITLE) {
			throw new ReportRuleException("title", "reporting.error.tooLong", MAX_TITLE);
		}
		for (ReportSection s : ReportSection.values()) {
			String text = sections.get(s);
			int max = s == ReportSection.RESULTS ? MAX_RESULTS : MAX_SECTION;
			if (text != null && text.length() > max) {
				throw new ReportRuleException(s.field(), "reporting.error.tooLong", max);
			}
		}
		this.title = cleanTitle;
		this.situation = clean(sections.get(ReportSection.SITUATION));
		this.leadership = clean(sections.get(ReportSection.LEADERSHIP));
		this.results = clean(sections.get(ReportSection.RESULTS));
		this.weaknesses = clean(sections.get(ReportSection.WEAKNESSES));
		this.tasks = clean(sections.get(ReportSection.TASKS));
		this.proposals = clean(sections.get(ReportSection.PROPOSALS));
	}

	Map<ReportSection, String> sections() {
		Map<ReportSection, String> map = new EnumMap<>(ReportSection.class);
		put(map, ReportSection.SITUATION, situation);
		put(map, ReportSection.LEADERSHIP, leadership);
		put(map, ReportSection.RESULTS, results);
		put(map, ReportSection.WEAKNESSES, weaknesses);
		put(map, ReportSection.TASKS, tasks);
		put(map, ReportSection.PROPOSALS, proposals);
		return map;
	}

	private static void put(Map<ReportSection, String> map, ReportSection s, String text) {
		map.put(s, text == null ? "" : text);
	}

	/** Line ends as Unix ones; blank text as none. */
	private static String clean(String text) {
		String t = blankToNull(text);
		return t == null ? null : t.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	Long id() { return id; }
	long issuerId() { return issuerId; }
	String issuerName() { return issuerName; }
	OrganisationKind issuerKind() { return issuerKind; }
	String issuerPath() { return issuerPath; }
	long localityId() { return localityId; }
	String localityName() { return localityName; }
	String scopePath() { return scopePath; }
	ReportKind kind() { return kind; }
	LocalDate periodFrom() { return periodFrom; }
	LocalDate periodTo() { return periodTo; }
	String title() { return title; }
	ReportStatus status() { return status; }
	Integer issueNumber() { return issueNumber; }
	String numberText() { return numberText; }
	LocalDate issuedOn() { return issuedOn; }
	String signerTitle() { return signerTitle; }
	String signerName() { return signerName; }
	Instant createdAt() { return createdAt; }
	String createdBy() { return createdBy; }
	long version() { return version; }

}
