package vn.mohinh.initiative;

/** The event list's query parameters, bound leniently (a malformed value is ignored). */
class EventFilter {

	private String q;
	private Integer year;
	private Integer page;
	private Integer size;

	public String getQ() { return q; }
	public void setQ(String q) { this.q = q; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public Integer getPage() { return page; }
	public void setPage(Integer page) { this.page = page; }
	public Integer getSize() { return size; }
	public void setSize(Integer size) { this.size = size; }

}
