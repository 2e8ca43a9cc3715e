package vn.mohinh.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the form of a new version of a set of criteria posts; never bound to the entity. The rows'
 * rules are checked by {@link CriteriaSet}; the type and province are fixed when the form opens.
 */
class CriteriaSetForm {

	static final int BLANK_ROWS = 4;

	private Long typeId;

	private Long provinceId;

	private LocalDate validFrom;

	/** The newest version the administrator saw (none: null), for the "changed meanwhile" check. */
	private Long previousId;

	private Long previousVersion;

	private List<RowForm> rows = new ArrayList<>();

	/** A new version starts from the criteria of the newest one, or from blank rows. */
	static CriteriaSetForm startingFrom(long typeId, Long provinceId, CriteriaSetCard latest) {
		CriteriaSetForm form = new CriteriaSetForm();
		form.typeId = typeId;
		form.provinceId = provinceId;
		form.seen(latest);
		if (latest != null) {
			latest.criteria().forEach(c -> form.rows.add(new RowForm(c.code(), c.name(), c.maxScore())));
		}
		while (form.rows.size() < BLANK_ROWS && latest == null) {
			form.rows.add(new RowForm());
		}
		return form;
	}

	/** Remembers the newest version now saved, so that the next save overwrites knowingly. */
	void seen(CriteriaSetCard latest) {
		this.previousId = latest == null ? null : latest.id();
		this.previousVersion = latest == null ? null : latest.version();
	}

	List<CriteriaSet.Row> toRows() {
		return rows.stream().map(r -> new CriteriaSet.Row(r.getCode(), r.getName(), r.getMaxScore())).toList();
	}

	void addRow() {
		if (rows.size() < CriteriaSet.MAX_CRITERIA) {
			rows.add(new RowForm());
		}
	}

	void removeRow(int index) {
		if (index >= 0 && index < rows.size()) {
			rows.remove(index);
		}
	}

	public Long getTypeId() {
		return typeId;
	}

	public void setTypeId(Long typeId) {
		this.typeId = typeId;
	}

	public Long getProvinceId() {
		return provinceId;
	}

	public void setProvinceId(Long provinceId) {
		this.provinceId = provinceId;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public Long getPreviousId() {
		return previousId;
	}

	public void setPreviousId(Long previousId) {
		this.previousId = previousId;
	}

	public Long getPreviousVersion() {
		return previousVersion;
	}

	public void setPreviousVersion(Long previousVersion) {
		this.previousVersion = previousVersion;
	}

	public List<RowForm> getRows() {
		return rows;
	}

	public void setRows(List<RowForm> rows) {
		this.rows = rows;
	}

	/** One criterion on the form. */
	public static class RowForm {

		private String code;

		private String name;

		private Integer maxScore;

		public RowForm() {
		}

		RowForm(String code, String name, Integer maxScore) {
			this.code = code;
			this.name = name;
			this.maxScore = maxScore;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Integer getMaxScore() {
			return maxScore;
		}

		public void setMaxScore(Integer maxScore) {
			this.maxScore = maxScore;
		}

	}

}
