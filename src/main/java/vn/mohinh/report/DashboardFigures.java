package vn.mohinh.report;

import java.time.LocalDate;
import java.util.List;

import vn.mohinh.initiative.InitiativeStatistics;

/**
 * What the dashboard shows and the statistics API answers, for one area and period: the area
 * ({@code localityCode} null for the user's whole scope, {@code areaName} null for the whole country),
 * the figures of the models, the inspection coverage on the period's last day (today at the latest),
 * the evaluations of the latest year of the period that has any ({@code null} when none), and a row
 * per calendar year for the trends.
 */
public record DashboardFigures(String localityCode, String areaName, LocalDate from, LocalDate to,
		InitiativeStatistics.Figures models, Coverage coverage, YearRow lastEvaluatedYear, List<YearRow> years,
		Gaps gaps) {

	public DashboardFigures {
		years = List.copyOf(years);
	}

	/**
	 * The models running on a day that are under the inspection policy: inspected within the policy,
	 * overdue, and (of those within it) falling due in the next 30 days.
	 */
	public record Coverage(LocalDate on, long running, long withinPolicy, long overdue, long dueSoon) {

		/** Share inspected within the policy, in percent with one decimal; null when no model runs. */
		public Double percent() {
			return running == 0 ? null : Math.round(withinPolicy * 1000.0 / running) / 10.0;
		}

	}

	/**
	 * One calendar year of the period: models started, running and closed in it, standing inspections
	 * dated in it, models evaluated for it and judged effective.
	 */
	public record YearRow(int year, long started, long running, long closed, long inspections, long evaluated,
			long effective) {

		/** Share judged effective of those evaluated, in percent with one decimal; null when none was evaluated. */
		public Double effectivePercent() {
			return evaluated == 0 ? null : Math.round(effective * 1000.0 / evaluated) / 10.0;
		}

	}

	/**
	 * What is left undone (issue 5, "commendation lags"): models judged effective in
	 * {@code recognitionYear} (the latest evaluated year of the period, else the year of {@code on}) with
	 * no commendation or praise in that year or the next; active party members with no "làm theo"
	 * commitment for {@code commitmentYear} (the year of {@code on}); action items still open whose due
	 * date lies before {@code on}.
	 */
	public record Gaps(LocalDate on, int recognitionYear, long effectiveWithoutRecognition, int commitmentYear,
			long membersWithoutCommitment, long overdueActionItems) {
	}

	/** The type with the most models, or null when none ran. */
	public InitiativeStatistics.TypeCount topType() {
		return models.byType().isEmpty() ? null : models.byType().get(0);
	}

	/** The commune with the most models, or null when none ran. */
	public InitiativeStatistics.CommuneCount topCommune() {
		return models.byCommune().isEmpty() ? null : models.byCommune().get(0);
	}

	/** The status with the most models (the first in order on a tie). */
	public InitiativeStatistics.StatusCount topStatus() {
		return models.byStatus().stream().reduce((a, b) -> b.count() > a.count() ? b : a).orElseThrow();
	}

	/** The pilot level with the most models (the first in order on a tie). */
	public InitiativeStatistics.LevelCount topLevel() {
		return models.byLevel().stream().reduce((a, b) -> b.count() > a.count() ? b : a).orElseThrow();
	}

	/** Communes with models in the period: those listed and the others. */
	public int communeCount() {
		return models.byCommune().size() + models.otherCommunes().communes();
	}

	/** Share of the running models, in percent with one decimal (0 when none ran). */
	public double share(long count) {
		return models.running() == 0 ? 0 : Math.round(count * 1000.0 / models.running()) / 10.0;
	}

}
