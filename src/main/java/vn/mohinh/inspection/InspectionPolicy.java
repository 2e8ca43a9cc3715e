package vn.mohinh.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import vn.mohinh.initiative.PilotLevel;

/**
 * The longest allowed gap between two inspections of a model of one pilot level (điểm cấp tỉnh 3
 * months, cấp huyện 6, others 12 by default). One row per level, seeded by V19; admins change the months.
 */
@Entity
@Table(name = "inspection_policy")
@Audited
class InspectionPolicy {

	static final int MIN_MONTHS = 1;
	static final int MAX_MONTHS = 60;

	@Id
	@Enumerated(EnumType.STRING)
	@Column(name = "pilot_level")
	private PilotLevel level;

	@Column(name = "max_gap_months")
	private int maxGapMonths;

	@Version
	private long version;

	protected InspectionPolicy() {
	}

	InspectionPolicy(PilotLevel level, int months) {
		this.level = level;
		allow(months);
	}

	/** Sets the longest gap; refused outside 1 to 60 months. */
	void allow(int months) {
		if (months < MIN_MONTHS || months > MAX_MONTHS) {
			throw new InspectionPolicyException(level, "regularity.policy.error.months");
		}
		this.maxGapMonths = months;
	}

	PilotLevel level() {
		return level;
	}

	int months() {
		return maxGapMonths;
	}

	long version() {
		return version;
	}

	InspectionPolicyView view() {
		return new InspectionPolicyView(level, maxGapMonths, version);
	}

}
