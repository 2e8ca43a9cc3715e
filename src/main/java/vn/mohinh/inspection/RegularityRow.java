package vn.mohinh.inspection;

import java.time.LocalDate;
import java.util.List;

import vn.mohinh.initiative.PilotLevel;

/**
 * A model in a regularity list on a day: its level that year, its last inspection (null: never
 * inspected, the gap counts from its start), its due date and how many days late it is (negative:
 * days left).
 */
public record RegularityRow(long initiativeId, String name, long typeId, String typeName, String communeName,
		List<String> villageNames, PilotLevel level, LocalDate startDate, LocalDate lastInspectedOn, LocalDate dueOn,
		long daysLate) {

	public RegularityRow {
		villageNames = List.copyOf(villageNames);
	}

	public long daysLeft() {
		return -daysLate;
	}

	public boolean overdue() {
		return daysLate > 0;
	}

	public String villages() {
		return String.join(", ", villageNames);
	}

}
