package vn.mohinh.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The score given on one criterion, with a copy of the criterion as it stood when the model was
 * evaluated, so that a later version of the criteria changes nothing here.
 */
@Embeddable
public record Score(@Column(name = "criterion_id") Long criterionId, @Column(name = "code") String code,
		@Column(name = "name") String name, @Column(name = "max_score") Integer maxScore,
		@Column(name = "score") Integer score) {
}
