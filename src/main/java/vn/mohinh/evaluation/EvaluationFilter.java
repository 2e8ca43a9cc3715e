package vn.mohinh.evaluation;

/**
 * The list's query parameters, bound leniently: a malformed value is ignored rather than answered
 * with an error page. {@code locality} is an official code (its subtree is listed); {@code decision}
 * is a {@link Decision} or {@code NONE} for evaluations still waiting for one.
 */
class EvaluationFilter {

	static final String UNDECIDED = "NONE";

	private Long initiative;
	private Integer year;
	private Long type;
	private String locality;
	private Rating rating;
	private Boolean effective;
	private String decision;
	private Integer page;
	private Integer size;

	EvaluationQuery.Criteria criteria(vn.mohinh.locality.Scope within) {
		Decision chosen = null;
		if (decision != null && !decision.isBlank() && !UNDECIDED.equals(decision)) {
			try {
				chosen = Decision.valueOf(decision);
			}
			catch (IllegalArgumentException ignored) {
				// An unknown decision filters nothing, like any malformed parameter.
			}
		}
		return new EvaluationQuery.Criteria(within, initiative, year, type, rating, effective, chosen,
				UNDECIDED.equals(decision));
	}

	boolean namesLocality() {
		return locality != null && !locality.isBlank();
	}

	public Long getInitiative() { return initiative; }
	public void setInitiative(Long initiative) { this.initiative = initiative; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public Long getType() { return type; }
	public void setType(Long type) { this.type = type; }
	public String getLocality() { return locality; }
	public void setLocality(String locality) { this.locality = locality; }
	public Rating getRating() { return rating; }
	public void setRating(Rating rating) { this.rating = rating; }
	public Boolean getEffective() { return effective; }
	public void setEffective(Boolean effective) { this.effective = effective; }
	public String getDecision() { return decision; }
	public void setDecision(String decision) { this.decision = decision; }
	public Integer getPage() { return page; }
	public void setPage(Integer page) { this.page = page; }
	public Integer getSize() { return size; }
	public void setSize(Integer size) { this.size = size; }

}
