package vn.mohinh.document;

/**
 * The list's query parameters, bound leniently: a malformed kind or year is ignored rather than
 * answered with an error page.
 */
class DocumentFilter {

	private String q;
	private DocumentKind kind;
	private Integer year;
	private DocumentQuery.Order sort;
	private boolean withdrawn;
	private Integer page;
	private Integer size;

	DocumentQuery toQuery() {
		return new DocumentQuery(q, kind, year, withdrawn, sort);
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public DocumentKind getKind() {
		return kind;
	}

	public void setKind(DocumentKind kind) {
		this.kind = kind;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public DocumentQuery.Order getSort() {
		return sort;
	}

	public void setSort(DocumentQuery.Order sort) {
		this.sort = sort;
	}

	public boolean isWithdrawn() {
		return withdrawn;
	}

	public void setWithdrawn(boolean withdrawn) {
		this.withdrawn = withdrawn;
	}

	public Integer getPage() {
		return page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

	public Integer getSize() {
		return size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}

}
