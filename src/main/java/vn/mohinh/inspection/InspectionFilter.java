package vn.mohinh.inspection;

import java.time.LocalDate;

import vn.mohinh.evaluation.Rating;

/**
 * The list's query parameters, bound leniently: a malformed value is ignored rather than answered
 * with an error page. {@code locality} is an official code (its subtree is listed), {@code initiative}
 * a model's id (its inspections), {@code from}/{@code to} days as dd/MM/yyyy.
 */
public class InspectionFilter {

	private String q;
	private Long initiative;
	private String locality;
	private InspectionKind kind;
	private Rating rating;
	private LocalDate from;
	private LocalDate to;
	private boolean withdrawn;
	private String order;
	private Integer page;
	private Integer size;

	/** Newest first unless the models' order is asked for. */
	InspectionQuery.Order sortOrder() {
		return "model".equalsIgnoreCase(order) ? InspectionQuery.Order.MODEL : InspectionQuery.Order.DATE;
	}

	public String getQ() { return q; }
	public void setQ(String q) { this.q = q; }
	public Long getInitiative() { return initiative; }
	public void setInitiative(Long initiative) { this.initiative = initiative; }
	public String getLocality() { return locality; }
	public void setLocality(String locality) { this.locality = locality; }
	public InspectionKind getKind() { return kind; }
	public void setKind(InspectionKind kind) { this.kind = kind; }
	public Rating getRating() { return rating; }
	public void setRating(Rating rating) { this.rating = rating; }
	public LocalDate getFrom() { return from; }
	public void setFrom(LocalDate from) { this.from = from; }
	public LocalDate getTo() { return to; }
	public void setTo(LocalDate to) { this.to = to; }
	public boolean isWithdrawn() { return withdrawn; }
	public void setWithdrawn(boolean withdrawn) { this.withdrawn = withdrawn; }
	public String getOrder() { return order; }
	public void setOrder(String order) { this.order = order; }
	public Integer getPage() { return page; }
	public void setPage(Integer page) { this.page = page; }
	public Integer getSize() { return size; }
	public void setSize(Integer size) { this.size = size; }

}
