package vn.mohinh.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import vn.mohinh.commendation.CommendationEntry;
import vn.mohinh.commendation.CommendationFigures;
import vn.mohinh.commendation.CommendationKind;
import vn.mohinh.commendation.ExemplarEntry;
import vn.mohinh.commendation.Recognitions;
import vn.mohinh.document.GuidingDocumentView;
import vn.mohinh.document.GuidingDocuments;
import vn.mohinh.evaluation.EvaluationFigures;
import vn.mohinh.evaluation.YearEffectiveness;
import vn.mohinh.initiative.InitiativeStatistics;
import vn.mohinh.initiative.InitiativeStatistics.StartedModel;
import vn.mohinh.initiative.PilotLevel;
import vn.mohinh.inspection.InspectionRegularity;
import vn.mohinh.locality.Scope;
import vn.mohinh.meeting.MeetingFigures;
import vn.mohinh.meeting.MeetingKind;
import vn.mohinh.meeting.MeetingSummary;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PartyCellMakeUp;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.organisation.StaffMakeUp;
import vn.mohinh.shared.text.VietnameseText;

/**
 * Writes the sections of a report from the data, through the other modules' facades: the issuer's
 * make-up, the guiding documents, the models started in the period by commune and village (grouped by
 * the month they started, in registration order, as the source article enumerates them), inspections
 * and their regularity, evaluations, and the weaknesses and tasks these figures call for. Nothing of
 * it is typed into a template: the sentences live in the message files, the facts come from the data.
 * Always in Vietnamese: a report is an official document.
 */
@Component
class ReportWriter {

	static final Locale VI = VietnameseText.VI;
	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
	private static final List<String> ORDINALS = List.of("Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám");
	private static final List<String> UNIT_WORDS = List.of("Xã ", "Phường ", "Thị trấn ", "Huyện ", "Tỉnh ", "Thành phố ",
			"Thị xã ", "Quận ", "Đặc khu ", "Thôn ");
	/** Documents looked at for the leadership section (newest first, those after the period dropped). */
	private static final int DOCUMENTS = 50;
	/**
	 * Most models started in the period that the results enumerate one by one (a district's few
	 * hundred, about 30,000 characters); above it they are summarised and listed in the annex only.
	 */
	static final int LIST_LIMIT = 300;
	/** {@link #LIST_LIMIT}; tests lower it to try a big area with a few models. */
	private volatile int listLimit = LIST_LIMIT;

	private final MessageSource messages;
	private final OrganisationDirectory organisations;
	private final GuidingDocuments documents;
	private final InitiativeStatistics statistics;
	private final InspectionRegularity inspections;
	private final EvaluationFigures evaluations;
	private final MeetingFigures meetings;
	private final CommendationFigures commendations;

	ReportWriter(MessageSource messages, OrganisationDirectory organisations, GuidingDocuments documents,
			InitiativeStatistics statistics, InspectionRegularity inspections, EvaluationFigures evaluations,
			MeetingFigures meetings, CommendationFigures commendations) {
		this.messages = messages;
		this.organisations = organisations;
		this.documents = documents;
		this.statistics = statistics;
		this.inspections = inspections;
		this.evaluations = evaluations;
		this.meetings = meetings;
		this.commendations = commendations;
	}

	/** What a report is about: its issuer, the locality (and its area) and the period. */
	record Subject(OrganisationView issuer, String localityName, Scope area, LocalDate from, LocalDate to) {
	}

	/** Sets the limit of models enumerated (tests); returns the previous one. */
	int listLimit(int limit) {
		int previous = listLimit;
		listLimit = limit;
		return previous;
	}

	String title(Subject s) {
		return msg("reporting.text.title", DAY.format(s.from()), DAY.format(s.to()), inText(s.localityName()));
	}

	Map<ReportSection, String> sections(Subject s) {
		Figures f = figures(s);
		Map<ReportSection, String> map = new EnumMap<>(ReportSection.class);
		map.put(ReportSection.SITUATION, situation(s, f));
		map.put(ReportSection.LEADERSHIP, leadership(s) + "\n" + meetings(s));
		map.put(ReportSection.RESULTS, results(s, f) + "\n" + recognition(s, f) + exemplars(s));
		map.put(ReportSection.WEAKNESSES, weaknesses(s, f));
		map.put(ReportSection.TASKS, tasks(f));
		map.put(ReportSection.PROPOSALS, msg("reporting.text.proposals"));
		return map;
	}

	/** The figures several sections use, asked once. */
	private record Figures(InitiativeStatistics.Figures models, InspectionRegularity.Coverage coverage,
			List<InspectionRegularity.YearCount> inspected, List<YearEffectiveness> evaluated, Recognitions recognised,
			Map<Integer, Long> unrecognised, long withoutCommitment, InitiativeStatistics.Decisions decisions) {

		long unrecognisedTotal() {
			return unrecognised.values().stream().mapToLong(Long::longValue).sum();
		}

		long evaluations() {
			return evaluated.stream().mapToLong(YearEffectiveness::evaluated).sum();
		}

		long ineffective() {
			return evaluated.stream().mapToLong(y -> y.evaluated() - y.effective()).sum();
		}

	}

	private Figures figures(Subject s) {
		int fromYear = s.from().getYear();
		int toYear = s.to().getYear();
		// Effective models of each year of the period left without commendation or praise (the
		// commendation module's window: that year or the next).
		Map<Integer, Long> unrecognised = new LinkedHashMap<>();
		for (int year = fromYear; year <= toYear; year++) {
			long gap = commendations.effectiveModelsWithoutRecognition(s.area(), year);
			if (gap > 0) {
				unrecognised.put(year, gap);
			}
		}
		return new Figures(statistics.figures(s.area(), s.from(), s.to()), inspections.coverage(s.area(), s.to()),
				inspections.inspectionsByYear(s.area(), fromYear, toYear),
				evaluations.effectivenessByYear(s.area(), fromYear, toYear),
				commendations.recognitions(s.area(), s.from(), s.to()), unrecognised,
				meetings.membersWithoutCommitment(s.area(), toYear), statistics.decisions(s.area(), s.from(), s.to()));
	}

	private String situation(Subject s, Figures f) {
		List<String> paragraphs = new ArrayList<>();
		OrganisationView issuer = s.issuer();
		if (issuer.kind().isPartyCell()) {
			// As of the period's last day (people who left after it still count; see OrganisationDirectory).
			PartyCellMakeUp cell = organisations.makeUpOf(issuer.id(), s.to());
			// The staff counted are those of the offices where the cell's members work.
			Set<Long> workplaces = new LinkedHashSet<>();
			for (PersonView p : organisations.membersOf(issuer.id(), s.to())) {
				workplaces.add(p.organisationId());
			}
			long staff = 0;
			List<String> offices = new ArrayList<>();
			for (Long w : workplaces) {
				staff += organisations.staffMakeUpOf(w, s.to()).staff();
				organisations.find(w).ifPresent(o -> offices.add(o.name()));
			}
			String cellText = msg("reporting.text.cell", issuer.name(), two(cell.partyMembers()), two(cell.women()),
					two(cell.ethnicMinority()));
			paragraphs.add(offices.isEmpty() ? cellText + "."
					: cellText + "; " + msg("reporting.text.cellStaff", String.join(", ", offices), two(staff)) + ".");
		}
		else {
			StaffMakeUp staff = organisations.staffMakeUpOf(issuer.id(), s.to());
			paragraphs.add(msg("reporting.text.staff", issuer.name(), two(staff.staff()), two(staff.women()),
					two(staff.partyMembers())));
		}
		paragraphs.add(msg("reporting.text.models", inText(s.localityName()), two(f.models().running()),
				two(f.models().runningOnEnd()), DAY.format(s.to())));
		return String.join("\n", paragraphs);
	}

	/**
	 * The guiding documents received (any issuer but the report's, issued by the period's end) and, as
	 * the article does ("kịp thời ban hành các văn bản liên quan"), those the issuer itself issued in the
	 * period.
	 */
	private String leadership(Subject s) {
		String own = VietnameseText.fold(s.issuer().name());
		List<String> cited = new ArrayList<>();
		for (GuidingDocumentView d : documents.search("", DOCUMENTS)) {
			if (!d.withdrawn() && d.issuedOn() != null && !d.issuedOn().isAfter(s.to())
					&& !own.equals(VietnameseText.fold(d.issuer()))) {
				cited.add(0, document(d));
			}
		}
		String received = cited.isEmpty() ? msg("reporting.text.leadership.none")
				: msg("reporting.text.leadership", String.join("; ", cited));
		Page<GuidingDocumentView> issued = documents.issuedBy(s.issuer().name(), s.from(), s.to(), DOCUMENTS);
		if (issued.getTotalElements() == 0) {
			return received + "\n" + msg("reporting.text.issued.none", s.issuer().name());
		}
		List<String> ownDocuments = issued.getContent().stream().map(this::document).toList();
		String more = issued.getTotalElements() > ownDocuments.size()
				? " " + msg("reporting.text.issued.more", two(issued.getTotalElements() - ownDocuments.size())) : "";
		return received + "\n" + msg("reporting.text.issued", s.issuer().name(), two(issued.getTotalElements()),
				String.join("; ", ownDocuments)) + more;
	}

	/** Chỉ thị số 05-CT/TW, ngày 15/05/2016 của Bộ Chính trị “…”. */
	private String document(GuidingDocumentView d) {
		return msg("reporting.text.document", msg(d.kind().messageKey()), d.number() == null ? "" : d.number(),
				d.issuedOn() == null ? "" : DAY.format(d.issuedOn()), d.issuer(), d.title());
	}

	/**
	 * The issuer's meetings of the period by kind, the thematic ones by topic, and the action items
	 * they gave; the overdue ones of the area as of today's statuses.
	 */
	private String meetings(Subject s) {
		List<MeetingSummary> held = meetings.meetingsOf(s.issuer().id(), s.from(), s.to());
		if (held.isEmpty()) {
			return msg("reporting.text.meetings.none", s.issuer().name());
		}
		long regular = held.stream().filter(m -> m.kind() == MeetingKind.REGULAR).count();
		List<String> topics = held.stream().filter(m -> m.kind() == MeetingKind.THEMATIC)
			.map(m -> msg("reporting.text.meetings.topic", m.topic(), DAY.format(m.date()))).toList();
		long discussed = held.stream().mapToLong(MeetingSummary::modelsDiscussed).sum();
		long given = held.stream().mapToLong(MeetingSummary::actionItems).sum();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(msg("reporting.text.meetings", two(regular), two(topics.size()), s.issuer().name(), two(discussed))
				+ (topics.isEmpty() ? "" : " " + msg("reporting.text.meetings.topics", String.join("; ", topics))));
		if (given > 0) {
			long overdue = meetings.overdueActionItems(s.area(), s.to());
			paragraphs.add(overdue == 0 ? msg("reporting.text.actionItems.done", two(given), DAY.format(s.to()))
					: msg("reporting.text.actionItems", two(given), two(overdue), DAY.format(s.to())));
		}
		return String.join("\n", paragraphs);
	}

	/** Commendations and praise of the period in the area: totals, then the formal ones by award and body. */
	private String recognition(Subject s, Figures f) {
		Recognitions r = f.recognised();
		if (r.formal() + r.praise() == 0) {
			return msg("reporting.text.recognition.none");
		}
		// "02 Giấy khen của Ủy ban MTTQ Việt Nam huyện Kon Rẫy", in the order they were first given.
		Map<String, Long> formal = new LinkedHashMap<>();
		Map<String, Long> praise = new LinkedHashMap<>();
		int page = 0;
		while (true) {
			Page<CommendationEntry> entries = commendations.commendations(s.area(), s.from(), s.to(),
					PageRequest.of(page, CommendationFigures.MAX_PAGE));
			for (CommendationEntry e : entries) {
				if (e.kind() == CommendationKind.FORMAL && e.award() != null) {
					formal.merge(msg("reporting.text.recognition.award", msg(e.award().messageKey()), e.bodyName()), 1L,
							Long::sum);
				}
				else if (e.kind() == CommendationKind.PRAISE) {
					praise.merge(e.bodyName(), 1L, Long::sum);
				}
			}
			if (!entries.hasNext()) {
				break;
			}
			page++;
		}
		List<String> details = new ArrayList<>();
		formal.forEach((award, n) -> details.add(two(n) + " " + award));
		praise.forEach((body, n) -> details.add(msg("reporting.text.recognition.praiseBy", two(n), body)));
		return msg("reporting.text.recognition", two(r.formal()), two(r.praise()), two(r.people()), two(r.collectives()),
				two(r.models()), String.join("; ", details));
	}

	private String results(Subject s, Figures f) {
		List<String> paragraphs = new ArrayList<>();
		if (f.models().started() > listLimit) {
			paragraphs.add(summary(s, f));
		}
		else {
			enumerate(s, paragraphs);
		}
		InitiativeStatistics.Decisions d = f.decisions();
		paragraphs.add(msg("reporting.text.totals", two(f.models().started()), two(f.models().running()),
				two(d.replicated()), two(d.replicas()), two(d.converted()), two(d.discontinued())));
		List<String> years = f.inspected().stream().filter(y -> y.count() > 0)
			.map(y -> msg("reporting.text.inspections.year", String.valueOf(y.year()), two(y.count()))).toList();
		paragraphs.add(years.isEmpty() ? msg("reporting.text.inspections.none")
				: msg("reporting.text.inspections", String.join("; ", years)));
		paragraphs.add(msg("reporting.text.coverage", DAY.format(s.to()), two(f.coverage().withinPolicy()),
				two(f.coverage().running())));
		List<String> evaluated = f.evaluated().stream().filter(y -> y.evaluated() > 0)
			.map(y -> msg("reporting.text.evaluations.year", String.valueOf(y.year()), two(y.evaluated()), two(y.effective()))).toList();
		if (!evaluated.isEmpty()) {
			paragraphs.add(msg("reporting.text.evaluations", String.join("; ", evaluated)));
		}
		return String.join("\n", paragraphs);
	}

	/** The models started by the month they started, as the article enumerates them. */
	private void enumerate(Subject s, List<String> paragraphs) {
		// The models by the month they started, in registration order; each month by commune, in the
		// order the communes first appear.
		Map<String, Map<Long, List<StartedModel>>> months = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		pages(s, page -> {
			for (StartedModel m : page) {
				String month = MONTH.format(m.startDate());
				months.computeIfAbsent(month, k -> new LinkedHashMap<>())
					.computeIfAbsent(m.communeId(), k -> new ArrayList<>()).add(m);
				counts.merge(month, 1, Integer::sum);
			}
		});
		for (var month : months.entrySet()) {
			StringBuilder text = new StringBuilder(
					msg("reporting.text.month", month.getKey(), two(counts.get(month.getKey()))));
			int n = 0;
			for (List<StartedModel> commune : month.getValue().values()) {
				text.append(n == 0 ? " " : "; ").append('(').append(++n).append(") ")
					.append(inText(commune.get(0).communeName())).append(": ");
				List<String> models = new ArrayList<>();
				for (StartedModel m : commune) {
					models.add(model(m));
				}
				text.append(String.join("; ", models));
			}
			paragraphs.add(text.append('.').toString());
		}
		if (months.isEmpty()) {
			paragraphs.add(msg("reporting.text.noneStarted"));
		}
	}

	/**
	 * Above {@link #LIST_LIMIT} models started, the counts a province's or the national report gives:
	 * models started year by year, the communes with the most models and the others summed up; the
	 * models one by one go to the annex (streamed, {@link ReportAnnex}). Read from the figures already
	 * asked: nothing grows with the area.
	 */
	private String summary(Subject s, Figures f) {
		InitiativeStatistics.Figures m = f.models();
		List<String> years = m.byYear().stream().filter(y -> y.started() > 0)
			.map(y -> msg("reporting.text.summary.year", String.valueOf(y.year()), two(y.started()))).toList();
		int communes = m.byCommune().size() + m.otherCommunes().communes();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(msg("reporting.text.summary.started", inText(s.localityName()), two(m.started()),
				String.join("; ", years), two(m.running()), two(communes)));
		if (!m.byCommune().isEmpty()) {
			List<String> top = new ArrayList<>();
			int n = 0;
			for (InitiativeStatistics.CommuneCount c : m.byCommune()) {
				top.add(msg("reporting.text.summary.commune", String.valueOf(++n), inText(c.communeName()), two(c.count())));
			}
			if (m.otherCommunes().communes() > 0) {
				top.add(msg("reporting.text.summary.others", two(m.otherCommunes().communes()),
						two(m.otherCommunes().count())));
			}
			paragraphs.add(msg("reporting.text.summary.communes", String.join("; ", top)));
		}
		paragraphs.add(msg("reporting.text.summary.annex", two(m.running())));
		return String.join("\n", paragraphs);
	}

	/** Every model started in the period, a page at a time (never the whole table at once). */
	private void pages(Subject s, Consumer<List<StartedModel>> each) {
		int offset = 0;
		while (true) {
			List<StartedModel> page = statistics.startedIn(s.area(), s.from(), s.to(), offset,
					InitiativeStatistics.MAX_PAGE);
			each.accept(page);
			if (page.size() < InitiativeStatistics.MAX_PAGE) {
				return;
			}
			offset += page.size();
		}
	}

	/** mô hình “Khu dân cư văn hóa kiểu mẫu” (điểm cấp tỉnh) tại thôn 9, 12, 13. */
	private String model(StartedModel m) {
		String level = m.level() == PilotLevel.DIEM_CAP_TINH || m.level() == PilotLevel.DIEM_CAP_HUYEN
				? " (" + msg("reporting.text.level." + m.level().name()) + ")" : "";
		String villages = villages(m.villageNames());
		return msg("reporting.text.model", m.name()) + level
				+ (villages.isEmpty() ? "" : " " + msg("reporting.text.at", villages));
	}

	/** "Thôn 9", "Thôn 12", "Thôn 13" → "thôn 9, 12, 13": the word once, as the article writes it. */
	static String villages(List<String> names) {
		if (names.isEmpty()) {
			return "";
		}
		String first = names.get(0);
		int space = first.lastIndexOf(' ');
		String word = space > 0 ? first.substring(0, space + 1) : "";
		boolean shared = !word.isEmpty() && names.stream().allMatch(n -> n.startsWith(word));
		if (!shared) {
			return String.join(", ", names.stream().map(ReportWriter::inText).toList());
		}
		List<String> rest = names.stream().map(n -> n.substring(word.length())).toList();
		return inText(word) + String.join(", ", rest);
	}

	private String weaknesses(Subject s, Figures f) {
		List<String> found = new ArrayList<>();
		if (f.coverage().overdue() > 0) {
			found.add(msg("reporting.text.weak.inspection", two(f.coverage().overdue()), two(f.coverage().running())));
		}
		if (f.unrecognisedTotal() > 0) {
			List<String> years = new ArrayList<>();
			f.unrecognised().forEach((year, n) -> years.add(msg("reporting.text.weak.commendation.year", String.valueOf(year), two(n))));
			found.add(msg("reporting.text.weak.commendation", String.join("; ", years)));
		}
		if (f.withoutCommitment() > 0) {
			found.add(msg("reporting.text.weak.commitment", two(f.withoutCommitment()), String.valueOf(s.to().getYear())));
		}
		if (f.ineffective() > 0) {
			found.add(msg("reporting.text.weak.ineffective", two(f.ineffective()), two(f.evaluations())));
		}
		if (f.models().started() == 0) {
			found.add(msg("reporting.text.weak.noneStarted"));
		}
		return found.isEmpty() ? msg("reporting.text.weak.none") : String.join("\n", found);
	}

	private String tasks(Figures f) {
		List<String> tasks = new ArrayList<>();
		tasks.add(msg("reporting.text.task.study"));
		tasks.add(msg("reporting.text.task.quality"));
		// The article's order: commendation third, then what the other weaknesses call for.
		tasks.add(msg("reporting.text.task.commend"));
		if (f.coverage().overdue() > 0) {
			tasks.add(msg("reporting.text.task.inspect"));
		}
		if (f.withoutCommitment() > 0) {
			tasks.add(msg("reporting.text.task.commitment"));
		}
		List<String> numbered = new ArrayList<>();
		for (int i = 0; i < tasks.size(); i++) {
			numbered.add(msg("reporting.text.task.ordinal", ORDINALS.get(i), tasks.get(i)));
		}
		return msg("reporting.text.task.intro") + "\n" + String.join("\n", numbered);
	}

	/** "Xã Tân Lập" in a sentence: "xã Tân Lập". */
	static String inText(String name) {
		if (name == null) {
			return "";
		}
		for (String word : UNIT_WORDS) {
			if (name.startsWith(word)) {
				return word.toLowerCase(VI) + name.substring(word.length());
			}
		}
		return name;
	}

	/** "Huyện Kon Rẫy" as a place in a date line: "Kon Rẫy". */
	static String place(String name) {
		if (name == null) {
			return "";
		}
		for (String word : UNIT_WORDS) {
			if (name.regionMatches(true, 0, word, 0, word.length())) {
				return name.substring(word.length());
			}
		}
		return name;
	}

	/** Official reports write counts with two digits: 05, 07, 16. */
	static String two(long n) {
		return n < 10 && n >= 0 ? "0" + n : String.valueOf(n);
	}

	/**
	 * The exemplars (tấm gương điển hình) of the period in the area, on a line of their own after the
	 * commendations: "Nhân dân thôn 2 (Điển hình tự quản …)"; nothing when there are none.
	 */
	private String exemplars(Subject s) {
		List<ExemplarEntry> found = commendations.exemplars(s.area(), s.from(), s.to());
		if (found.isEmpty()) {
			return "";
		}
		List<String> named = found.stream()
			.map(e -> msg("reporting.text.exemplars.item", e.subjectName(), e.title()))
			.toList();
		return "\n" + msg("reporting.text.exemplars", two(found.size()), String.join("; ", named));
	}

	String msg(String key, Object... args) {
		return messages.getMessage(key, args, VI);
	}

}
