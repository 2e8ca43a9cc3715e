package vn.mohinh.initiative;

import java.time.LocalDate;
import java.util.Map;

/**
 * Published, inside the writing transaction, whenever a model is created or changed, so that other
 * modules (inspection regularity, statistics) can keep their own copy of what they need from it.
 * Listeners run synchronously ({@code @EventListener}), so their copy commits or rolls back with the model.
 */
public record InitiativeChanged(long initiativeId, long typeId, String scopePath, InitiativeStatus status,
		LocalDate startDate, LocalDate endDate, Map<Integer, PilotLevel> levels, Long personInChargeId) {

	public InitiativeChanged {
		levels = Map.copyOf(levels);
	}

}
