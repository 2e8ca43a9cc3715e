package vn.mohinh.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.mohinh.commendation.CommendationFigures;
import vn.mohinh.evaluation.EvaluationFigures;
import vn.mohinh.evaluation.YearEffectiveness;
import vn.mohinh.initiative.InitiativeStatistics;
import vn.mohinh.inspection.InspectionRegularity;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.meeting.MeetingFigures;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The dashboard's figures for the page and the API: resolves the area (the user's scope, or a
 * locality's subtree by official code), then asks each module's facade for its figures.
 */
@Service
class Dashboard {

	/** The last day before the 2025 reform: codes reused after it meant other units before. */
	static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);

	private final InitiativeStatistics models;
	private final InspectionRegularity inspections;
	private final EvaluationFigures evaluations;
	private final MeetingFigures meetings;
	private final CommendationFigures commendations;
	private final ScopeGuard scopes;
	private final LocalityDirectory localities;

	Dashboard(InitiativeStatistics models, InspectionRegularity inspections, EvaluationFigures evaluations,
			MeetingFigures meetings, CommendationFigures commendations, ScopeGuard scopes, LocalityDirectory localities) {
		this.models = models;
		this.inspections = inspections;
		this.evaluations = evaluations;
		this.meetings = meetings;
		this.commendations = commendations;
		this.scopes = scopes;
		this.localities = localities;
	}

	/** The area of the figures: {@code locality} null for the user's whole scope. */
	record Area(Scope scope, LocalityView locality, String name) {
	}

	/** No unit bears the code (the page says so by the field; the API answers 404). */
	static final class UnknownLocality extends RuntimeException {

		private final String code;

		UnknownLocality(String code) {
			super("no unit with code " + code);
			this.code = code;
		}

		String code() {
			return code;
		}

	}

	/**
	 * The area for an official code, or the user's scope when it is blank. Codes were reused by the
	 * 2025 reform: the unit bearing the code on {@code on} is taken, else the one before the reform,
	 * else the newest, whichever the user may read first.
	 *
	 * @throws UnknownLocality when no unit ever bore the code
	 * @throws NotFoundException when units bear it but none lies in the user's scope
	 */
	Area area(String code, LocalDate on) {
		if (code == null || code.isBlank()) {
			Scope scope = scopes.current();
			String name = CurrentUser.get().map(ScopedPrincipal::scopeLocalityId).flatMap(localities::find)
				.map(LocalityView::fullName).orElse(null);
			return new Area(scope, null, name);
		}
		String c = code.strip();
		Map<Long, LocalityView> candidates = new LinkedHashMap<>();
		List<Optional<LocalityView>> found = new ArrayList<>();
		found.add(localities.findByCode(c, on));
		found.add(localities.findByCode(c, BEFORE_REFORM));
		found.add(localities.findLatestByCode(c));
		found.forEach(f -> f.ifPresent(l -> candidates.putIfAbsent(l.id(), l)));
		if (candidates.isEmpty()) {
			throw new UnknownLocality(c);
		}
		LocalityView locality = candidates.values().stream().filter(l -> scopes.canRead(l.path())).findFirst()
			.orElseThrow(() -> new NotFoundException("locality", c));
		return new Area(scopes.scopeOfRoot(locality.id()), locality, locality.fullName());
	}

	/**
	 * The figures of an area for the period [from, to]: the models' from their module, the inspection
	 * coverage on the period's last day (today when the period runs on into the future), inspections
	 * and evaluations year by year, and what is left undone on that last day.
	 */
	DashboardFigures figures(Area area, LocalDate from, LocalDate to) {
		InitiativeStatistics.Figures figures = models.figures(area.scope(), from, to);
		LocalDate today = LocalDate.now();
		LocalDate on = to.isAfter(today) ? today : to;
		InspectionRegularity.Coverage c = inspections.coverage(area.scope(), on);
		DashboardFigures.Coverage coverage = new DashboardFigures.Coverage(on, c.running(), c.withinPolicy(),
				c.overdue(), c.dueSoon());
		Map<Integer, Long> inspected = new java.util.HashMap<>();
		inspections.inspectionsByYear(area.scope(), from.getYear(), to.getYear())
			.forEach(y -> inspected.put(y.year(), y.count()));
		Map<Integer, YearEffectiveness> judged = new java.util.HashMap<>();
		evaluations.effectivenessByYear(area.scope(), from.getYear(), to.getYear()).forEach(y -> judged.put(y.year(), y));
		List<DashboardFigures.YearRow> years = figures.byYear().stream().map(y -> {
			YearEffectiveness e = judged.getOrDefault(y.year(), new YearEffectiveness(y.year(), 0, 0));
			return new DashboardFigures.YearRow(y.year(), y.started(), y.running(), y.closed(),
					inspected.getOrDefault(y.year(), 0L), e.evaluated(), e.effective());
		}).toList();
		DashboardFigures.YearRow latestJudged = years.stream().filter(y -> y.evaluated() > 0)
			.reduce((a, b) -> b).orElse(null);
		return new DashboardFigures(area.locality() == null ? null : area.locality().code(), area.name(), from, to,
				figures, coverage, latestJudged, years, gaps(area.scope(), on, latestJudged));
	}

	private DashboardFigures.Gaps gaps(Scope area, LocalDate on, DashboardFigures.YearRow latestJudged) {
		int recognitionYear = latestJudged == null ? on.getYear() : latestJudged.year();
		return new DashboardFigures.Gaps(on, recognitionYear,
				commendations.effectiveModelsWithoutRecognition(area, recognitionYear), on.getYear(),
				meetings.membersWithoutCommitment(area, on.getYear()), meetings.overdueActionItems(area, on));
	}

}
