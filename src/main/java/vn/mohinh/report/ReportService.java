package vn.mohinh.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Periodic reports: drafted from the data for a locality the user may change, edited while a draft,
 * issued once with the next number of the issuer's year, then frozen. Every path checks the scope of
 * the report's locality with {@link ScopeGuard}: a report outside it does not exist for the user.
 */
@Service
@Transactional
class ReportService {

	static final Sort ORDER = Sort.by(Sort.Order.desc("periodTo"), Sort.Order.desc("id"));
	/** The longest period a report covers (the yearly figures have a row per year). */
	static final int MAX_YEARS = 50;
	/** Issuers offered in the form. */
	static final int MAX_ISSUERS = 500;

	private final Reports reports;
	private final ReportWriter writer;
	private final ScopeGuard scope;
	private final OrganisationDirectory organisations;
	private final LocalityDirectory localities;

	ReportService(Reports reports, ReportWriter writer, ScopeGuard scope, OrganisationDirectory organisations,
			LocalityDirectory localities) {
		this.reports = reports;
		this.writer = writer;
		this.scope = scope;
		this.organisations = organisations;
		this.localities = localities;
	}

	/** What a new report is asked for; a blank locality code means the issuer's locality, a blank title the usual one. */
	record Request(Long issuerId, ReportKind kind, LocalDate from, LocalDate to, String localityCode, String title) {
	}

	@Transactional(readOnly = true)
	Page<ReportRow> list(ReportStatus status, Integer year, Pageable pageable) {
		List<Specification<Report>> specs = new ArrayList<>();
		specs.add(scope.within("scopePath"));
		if (status != null) {
			specs.add((root, q, cb) -> cb.equal(root.get("status"), status));
		}
		if (year != null) {
			// Reports whose period touches the year.
			LocalDate first = LocalDate.of(year, 1, 1);
			LocalDate last = LocalDate.of(year, 12, 31);
			specs.add((root, q, cb) -> cb.and(cb.lessThanOrEqualTo(root.get("periodFrom"), last),
					cb.greaterThanOrEqualTo(root.get("periodTo"), first)));
		}
		return reports.findAll(Specification.allOf(specs), pageable).map(ReportRow::of);
	}

	boolean mayCreate() {
		return CurrentUser.get().map(ScopedPrincipal::canEdit).orElse(false);
	}

	void requireEditor() {
		scope.requireEditor();
	}

	/** The organisations in scope that may issue a report, in Vietnamese order. */
	@Transactional(readOnly = true)
	List<OrganisationView> issuers() {
		return organisations.search("", MAX_ISSUERS);
	}

	/** Drafts a report with its sections written from the data; returns its id. */
	long create(Request request) {
		scope.requireEditor();
		check(request);
		OrganisationView issuer = issuer(request.issuerId());
		LocalityView locality = locality(request, issuer);
		ReportWriter.Subject subject = subject(issuer, locality, request.from(), request.to());
		String title = request.title() == null || request.title().isBlank() ? writer.title(subject) : request.title();
		Report report = Report.draft(new Report.Issuer(issuer.id(), issuer.name(), issuer.kind(), issuer.scopePath()),
				new Report.Area(locality.id(), locality.fullName(), locality.path()), request.kind(), request.from(),
				request.to(), title, writer.sections(subject), username(), Instant.now());
		return reports.save(report).id();
	}

	/** The rules of a request, each by its field (nothing is saved). */
	void check(Request r) {
		if (r.issuerId() == null) {
			throw new ReportRuleException("issuerId", "reporting.error.issuer.required");
		}
		if (r.kind() == null) {
			throw new ReportRuleException("kind", "reporting.error.kind.required");
		}
		if (r.from() == null) {
			throw new ReportRuleException("from", "reporting.error.from.required");
		}
		if (r.to() == null) {
			throw new ReportRuleException("to", "reporting.error.to.required");
		}
		if (r.to().isBefore(r.from())) {
			throw new ReportRuleException("to", "reporting.error.period");
		}
		if (r.to().getYear() - r.from().getYear() >= MAX_YEARS) {
			throw new ReportRuleException("to", "reporting.error.period.tooLong", MAX_YEARS);
		}
		if (r.title() != null && r.title().length() > Report.MAX_TITLE) {
			throw new ReportRuleException("title", "reporting.error.tooLong", Report.MAX_TITLE);
		}
		OrganisationView issuer = issuer(r.issuerId());
		locality(r, issuer);
	}

	private OrganisationView issuer(long id) {
		return organisations.find(id).filter(o -> scope.canRead(o.scopePath()))
			.orElseThrow(() -> new ReportRuleException("issuerId", "reporting.error.issuer.unknown"));
	}

	/** The locality reported on: by code on the period's last day, else the issuer's; it must be in scope. */
	private LocalityView locality(Request r, OrganisationView issuer) {
		Optional<LocalityView> found;
		String code = r.localityCode() == null ? "" : r.localityCode().strip();
		if (code.isEmpty()) {
			found = localities.find(issuer.localityId());
		}
		else {
			found = localities.findByCode(code, r.to()).or(() -> localities.findLatestByCode(code));
		}
		return found.filter(l -> scope.canEdit(l.path()))
			.orElseThrow(() -> new ReportRuleException("localityCode", "reporting.error.locality.unknown", code));
	}

	private ReportWriter.Subject subject(OrganisationView issuer, LocalityView locality, LocalDate from, LocalDate to) {
		return new ReportWriter.Subject(issuer, locality.fullName(), scope.scopeOfRoot(locality.id()), from, to);
	}

	@Transactional(readOnly = true)
	ReportCard read(long id) {
		Report r = find(id);
		return card(r);
	}

	/** The area a readable report covers: its locality's subtree and the units merged whole into it. */
	@Transactional(readOnly = true)
	vn.mohinh.locality.Scope area(long id) {
		return scope.scopeOfRoot(find(id).localityId());
	}

	/** A report the user may change (403 for readers). */
	@Transactional(readOnly = true)
	ReportCard readForChange(long id) {
		Report r = findWritable(id);
		return card(r);
	}

	/** New title and sections of a draft. */
	void revise(long id, long version, String title, Map<ReportSection, String> sections) {
		Report r = findWritable(id);
		requireVersion(r, version);
		r.revise(title, sections, Instant.now());
		reports.saveAndFlush(r);
	}

	/** The sections of a draft written again from today's data (the title is kept). */
	void refresh(long id, long version) {
		Report r = findWritable(id);
		requireVersion(r, version);
		r.requireDraft();
		OrganisationView issuer = organisations.find(r.issuerId())
			.orElseThrow(() -> new ReportRuleException(null, "reporting.error.issuer.unknown"));
		LocalityView locality = localities.find(r.localityId()).orElseThrow();
		r.revise(r.title(), writer.sections(subject(issuer, locality, r.periodFrom(), r.periodTo())), Instant.now());
		reports.saveAndFlush(r);
	}

	/**
	 * Issues a draft with the next number of its issuer's series: the year of {@code on}, or for a
	 * Party body the term (nhiệm kỳ) {@code on} falls in; then it is frozen. Two concurrent issues
	 * cannot share a number: the unique key (issuer, series, number) refuses the second.
	 */
	void issue(long id, long version, LocalDate on, String signerName) {
		Report r = findWritable(id);
		requireVersion(r, version);
		r.requireDraft();
		if (on == null) {
			throw new ReportRuleException("issuedOn", "reporting.error.issuedOn.required");
		}
		if (signerName != null && signerName.length() > 200) {
			throw new ReportRuleException("signerName", "reporting.error.tooLong", 200);
		}
		LocalDate seriesFrom = seriesFrom(r, on);
		int number = reports.lastNumber(r.issuerId(), seriesFrom).orElse(0) + 1;
		ReportTemplate template = ReportTemplate.of(r.issuerKind(), on);
		List<String> signature = ReportTemplate.signature(r.issuerKind());
		r.issue(number, seriesFrom, template.numberText(number, r.issuerKind()), on, signature.get(1), signerName,
				username(), Instant.now());
		reports.saveAndFlush(r);
	}

	/**
	 * The first day of the number series: Party bodies number continuously within a term (Hướng dẫn
	 * 36-HD/VPTW), falling back to the year when no term is recorded; Front and state bodies per year.
	 */
	private LocalDate seriesFrom(Report r, LocalDate on) {
		LocalDate january = LocalDate.of(on.getYear(), 1, 1);
		if (!r.issuerKind().isParty()) {
			return january;
		}
		return organisations.termStartOn(r.issuerId(), on).orElse(january);
	}

	private static void requireVersion(Report r, long version) {
		if (r.version() != version) {
			throw new StaleReportException(r.id());
		}
	}

	private Report find(long id) {
		Report r = reports.findById(id).orElseThrow(() -> new NotFoundException("report", id));
		scope.requireReadable(r.scopePath());
		return r;
	}

	private Report findWritable(long id) {
		Report r = reports.findById(id).orElseThrow(() -> new NotFoundException("report", id));
		scope.requireWritable(r.scopePath());
		return r;
	}

	private ReportCard card(Report r) {
		List<ReportCard.SectionText> sections = new ArrayList<>();
		r.sections().forEach((s, text) -> sections.add(new ReportCard.SectionText(s, text)));
		return new ReportCard(r.id(), r.issuerId(), r.issuerName(), r.issuerKind(), r.localityId(), r.localityName(),
				r.kind(), r.periodFrom(), r.periodTo(), r.title(), sections, r.status(), r.numberText(), r.issuedOn(),
				r.signerName(), r.version(), scope.canEdit(r.scopePath()) && r.status() == ReportStatus.DRAFT,
				header(r));
	}

	private ReportCard.Header header(Report r) {
		LocalDate on = r.issuedOn() != null ? r.issuedOn() : LocalDate.now();
		ReportTemplate template = ReportTemplate.of(r.issuerKind(), on);
		Optional<OrganisationView> issuer = organisations.find(r.issuerId());
		String superior = issuer.map(OrganisationView::parentId).flatMap(organisations::find).map(OrganisationView::name)
			.orElse("");
		String place = issuer.flatMap(o -> localities.find(o.localityId())).map(LocalityView::name)
			.map(ReportWriter::place).orElse(ReportWriter.place(r.localityName()));
		String number = r.numberText() != null ? template.numberLine(r.numberText())
				: template.numberLine(template.party() ? "   -BC/" + ReportTemplate.symbol(r.issuerKind())
						: "   /BC-" + ReportTemplate.symbol(r.issuerKind()));
		return new ReportCard.Header(template, template.basis(), template.party(), superior.toUpperCase(ReportWriter.VI),
				r.issuerName().toUpperCase(ReportWriter.VI), number, place + ", " + dateLine(r.issuedOn(), on.getYear()),
				ReportTemplate.signature(r.issuerKind()), r.signerName());
	}

	/** "ngày 30 tháng 6 năm 2021"; day under 10 and months 1 and 2 with a leading zero; blanks for a draft. */
	static String dateLine(LocalDate day, int year) {
		if (day == null) {
			return "ngày     tháng     năm " + year;
		}
		String d = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : String.valueOf(day.getDayOfMonth());
		String m = day.getMonthValue() < 3 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
		return "ngày " + d + " tháng " + m + " năm " + day.getYear();
	}

	private static String username() {
		return CurrentUser.get().map(ScopedPrincipal::username).orElse("system");
	}

}
