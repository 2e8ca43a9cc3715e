package vn.mohinh.meeting;

/** The action item list's query parameters: locality code, status, overdue, organisation, person. */
class ActionItemFilter {

	private String locality;
	private ActionItemStatus status;
	private Boolean overdue;
	private Long organisation;
	private Long person;
	private Integer page;
	private Integer size;

	public String getLocality() { return locality; }
	public void setLocality(String locality) { this.locality = locality; }
	public ActionItemStatus getStatus() { return status; }
	public void setStatus(ActionItemStatus status) { this.status = status; }
	public Boolean getOverdue() { return overdue; }
	public void setOverdue(Boolean overdue) { this.overdue = overdue; }
	public Long getOrganisation() { return organisation; }
	public void setOrganisation(Long organisation) { this.organisation = organisation; }
	public Long getPerson() { return person; }
	public void setPerson(Long person) { this.person = person; }
	public Integer getPage() { return page; }
	public void setPage(Integer page) { this.page = page; }
	public Integer getSize() { return size; }
	public void setSize(Integer size) { this.size = size; }

}
