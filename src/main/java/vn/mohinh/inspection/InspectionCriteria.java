package vn.mohinh.inspection;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The criteria an inspection judges a model against: those of the model's type in force on the day
 * of the inspection, the province's own set when it has one (the evaluation module's catalogue).
 */
@Component
class InspectionCriteria {

	/** A criterion as the form offers it and the inspection freezes it. */
	record Criterion(long id, String code, String name) {
	}

	List<Criterion> criteriaFor(long typeId, String scopePath, LocalDate on) {
		// Replaced by the evaluation module's CriteriaCatalogue when it reaches main.
		return List.of();
	}

}
