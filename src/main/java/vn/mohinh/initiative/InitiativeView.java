package vn.mohinh.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What other modules (inspections, evaluations, reports) see of a model: where it runs, its type,
 * status and dates, and its pilot level year by year. {@code scopePath} is its commune's path.
 */
public record InitiativeView(long id, String name, long typeId, String typeName, long communeId, String communeName,
		String scopePath, List<Long> villageIds, List<String> villageNames, InitiativeStatus status, LocalDate startDate,
		LocalDate endDate, Map<Integer, PilotLevel> levels) {

	public InitiativeView {
		villageIds = List.copyOf(villageIds);
		villageNames = List.copyOf(villageNames);
		levels = Map.copyOf(levels);
	}

	/** The pilot level in a year; {@link PilotLevel#NONE} when none was recorded for it. */
	public PilotLevel levelIn(int year) {
		return levels.getOrDefault(year, PilotLevel.NONE);
	}

	/** Running on a day: started, and not ended before it. */
	public boolean runningOn(LocalDate day) {
		return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
	}

}
