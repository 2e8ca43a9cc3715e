package vn.mohinh.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A set of criteria as the administrators' pages show it: for which type and area (national when
 * {@code provinceId} is null), from when to when, and its criteria in order.
 */
public record CriteriaSetCard(long id, long typeId, String typeName, Long provinceId, String provinceName,
		LocalDate validFrom, LocalDate validTo, List<CriterionView> criteria, long version, String createdBy,
		Instant createdAt) {

	public CriteriaSetCard {
		criteria = List.copyOf(criteria);
	}

	public boolean national() {
		return provinceId == null;
	}

	public int maxTotal() {
		return criteria.stream().mapToInt(CriterionView::maxScore).sum();
	}

	/** In force today or later: not closed before today. */
	public boolean current() {
		return validTo == null || !validTo.isBefore(LocalDate.now());
	}

}
