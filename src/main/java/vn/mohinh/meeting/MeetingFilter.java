package vn.mohinh.meeting;

/** The meeting list's query parameters, bound leniently (a malformed value filters nothing). */
class MeetingFilter {

	private String locality;
	private Long organisation;
	private Integer year;
	private Long initiative;
	private Boolean withdrawn;
	private Integer page;
	private Integer size;

	public String getLocality() { return locality; }
	public void setLocality(String locality) { this.locality = locality; }
	public Long getOrganisation() { return organisation; }
	public void setOrganisation(Long organisation) { this.organisation = organisation; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public Long getInitiative() { return initiative; }
	public void setInitiative(Long initiative) { this.initiative = initiative; }
	public Boolean getWithdrawn() { return withdrawn; }
	public void setWithdrawn(Boolean withdrawn) { this.withdrawn = withdrawn; }
	public Integer getPage() { return page; }
	public void setPage(Integer page) { this.page = page; }
	public Integer getSize() { return size; }
	public void setSize(Integer size) { this.size = size; }

}
