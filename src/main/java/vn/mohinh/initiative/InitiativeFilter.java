package vn.mohinh.initiative;

/**
 * The list's query parameters, bound leniently: a malformed value is ignored rather than answered
 * with an error page. {@code locality} is an official code (its subtree is listed).
 */
class InitiativeFilter {

	private String q;
	private String locality;
	private Long type;
	private PilotLevel level;
	private InitiativeStatus status;
	private Integer year;
	private Integer page;
	private Integer size;

	public String getQ() { return q; }
	public void setQ(String q) { this.q = q; }
	public String getLocality() { return locality; }
	public void setLocality(String locality) { this.locality = locality; }
	public Long getType() { return type; }
	public void setType(Long type) { this.type = type; }
	public PilotLevel getLevel() { return level; }
	public void setLevel(PilotLevel level) { this.level = level; }
	public InitiativeStatus getStatus() { return status; }
	public void setStatus(InitiativeStatus status) { this.status = status; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public Integer getPage() { return page; }
	public void setPage(Integer page) { this.page = page; }
	public Integer getSize() { return size; }
	public void setSize(Integer size) { this.size = size; }

}
