package vn.mohinh.commendation;

/** The list's query parameters; malformed ones filter nothing. */
class CommendationFilter {

	private Integer year;
	private String locality;
	private CommendationKind kind;
	private Award award;
	private RecipientKind recipient;
	private Long initiative;
	private Boolean withdrawn;
	private Integer page;
	private Integer size;

	CommendationQuery.Criteria criteria(vn.mohinh.locality.Scope within) {
		return new CommendationQuery.Criteria(within, year, kind, award, recipient, initiative, Boolean.TRUE.equals(withdrawn));
	}

	boolean namesLocality() {
		return locality != null && !locality.isBlank();
	}

	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public String getLocality() { return locality; }
	public void setLocality(String locality) { this.locality = locality; }
	public CommendationKind getKind() { return kind; }
	public void setKind(CommendationKind kind) { this.kind = kind; }
	public Award getAward() { return award; }
	public void setAward(Award award) { this.award = award; }
	public RecipientKind getRecipient() { return recipient; }
	public void setRecipient(RecipientKind recipient) { this.recipient = recipient; }
	public Long getInitiative() { return initiative; }
	public void setInitiative(Long initiative) { this.initiative = initiative; }
	public Boolean getWithdrawn() { return withdrawn; }
	public void setWithdrawn(Boolean withdrawn) { this.withdrawn = withdrawn; }
	public Integer getPage() { return page; }
	public void setPage(Integer page) { this.page = page; }
	public Integer getSize() { return size; }
	public void setSize(Integer size) { this.size = size; }

}
