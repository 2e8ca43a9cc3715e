package vn.mohinh.initiative;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A goal with a measurable target, e.g. 120 households that signed the commitment, 95 so far. */
@Embeddable
public record Target(@Column(name = "description") String description, @Column(name = "unit") String unit,
		@Column(name = "target_value") BigDecimal targetValue, @Column(name = "achieved_value") BigDecimal achievedValue) {
}
