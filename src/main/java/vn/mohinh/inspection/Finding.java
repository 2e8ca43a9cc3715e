package vn.mohinh.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the team found for one criterion of the model's type: the criterion (id, code and name as
 * they read on the day), the finding, and whether the criterion is met (null: not judged).
 */
@Embeddable
public record Finding(@Column(name = "criterion_id") Long criterionId, @Column(name = "criterion_code") String code,
		@Column(name = "criterion_name") String criterionName, @Column(name = "finding") String text,
		@Column(name = "met") Boolean met) {
}
