package vn.mohinh.inspection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.mohinh.initiative.PilotLevel;

/** What the policy page posts: the months of each pilot level and the version each was read at. */
public class InspectionPolicyForm {

	@Valid
	private List<Row> rows = new ArrayList<>();

	static InspectionPolicyForm of(List<InspectionPolicyView> policies) {
		InspectionPolicyForm form = new InspectionPolicyForm();
		for (InspectionPolicyView policy : policies) {
			Row row = new Row();
			row.setLevel(policy.level());
			row.setMonths(policy.months());
			row.setVersion(policy.version());
			form.rows.add(row);
		}
		return form;
	}

	Map<PilotLevel, Integer> months() {
		Map<PilotLevel, Integer> months = new EnumMap<>(PilotLevel.class);
		rows.stream().filter(r -> r.getLevel() != null && r.getMonths() != null)
			.forEach(r -> months.put(r.getLevel(), r.getMonths()));
		return months;
	}

	Map<PilotLevel, Long> versions() {
		Map<PilotLevel, Long> versions = new EnumMap<>(PilotLevel.class);
		rows.stream().filter(r -> r.getLevel() != null && r.getVersion() != null)
			.forEach(r -> versions.put(r.getLevel(), r.getVersion()));
		return versions;
	}

	/** The row of a level, or -1. */
	int indexOf(PilotLevel level) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).getLevel() == level) {
				return i;
			}
		}
		return -1;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One pilot level's line of the form. */
	public static class Row {

		@NotNull
		private PilotLevel level;

		@NotNull(message = "{regularity.policy.error.required}")
		@Min(value = InspectionPolicy.MIN_MONTHS, message = "{regularity.policy.error.months}")
		@Max(value = InspectionPolicy.MAX_MONTHS, message = "{regularity.policy.error.months}")
		private Integer months;

		private Long version;

		public PilotLevel getLevel() {
			return level;
		}

		public void setLevel(PilotLevel level) {
			this.level = level;
		}

		public Integer getMonths() {
			return months;
		}

		public void setMonths(Integer months) {
			this.months = months;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

}
