package vn.mohinh.portal;

import java.time.LocalDate;

/** What the workflow buttons post: the version seen, and a reason, a publishing time or the featured flag. */
class ArticleActionForm {

	private Long version;
	private String reason;
	private LocalDate publishDate;
	private String publishTime;
	private boolean featured;

	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public LocalDate getPublishDate() { return publishDate; }
	public void setPublishDate(LocalDate publishDate) { this.publishDate = publishDate; }
	public String getPublishTime() { return publishTime; }
	public void setPublishTime(String publishTime) { this.publishTime = publishTime; }
	public boolean isFeatured() { return featured; }
	public void setFeatured(boolean featured) { this.featured = featured; }

	long versionOr(long fallback) {
		return version == null ? fallback : version;
	}

}
