package vn.mohinh.locality;

import java.time.LocalDate;

/**
 * One end of a reorganisation seen from a locality; {@code readable} says whether the user may open
 * the other unit (otherwise only its name is shown).
 */
public record LocalityLink(LocalityView other, boolean readable, MergerRelation relation, LocalDate effectiveOn,
		String legalBasis) {
}
