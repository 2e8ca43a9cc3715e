package vn.mohinh.inspection;

import java.time.LocalDate;

/**
 * The query parameters of the regularity pages, bound leniently (a malformed value is reported by its
 * field or ignored): {@code locality} is an official code (its subtree), {@code on} the day the lists
 * are read for (dd/MM/yyyy, today by default), {@code month} the calendar's month (yyyy-MM) and
 * {@code day} the calendar day whose models are listed.
 */
public class RegularityFilter {

	private String locality;
	private Long type;
	private LocalDate on;
	private String month;
	private LocalDate day;
	private Integer page;
	private Integer size;

	public String getLocality() { return locality; }
	public void setLocality(String locality) { this.locality = locality; }
	public Long getType() { return type; }
	public void setType(Long type) { this.type = type; }
	public LocalDate getOn() { return on; }
	public void setOn(LocalDate on) { this.on = on; }
	public String getMonth() { return month; }
	public void setMonth(String month) { this.month = month; }
	public LocalDate getDay() { return day; }
	public void setDay(LocalDate day) { this.day = day; }
	public Integer getPage() { return page; }
	public void setPage(Integer page) { this.page = page; }
	public Integer getSize() { return size; }
	public void setSize(Integer size) { this.size = size; }

}
