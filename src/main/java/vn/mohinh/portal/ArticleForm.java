package vn.mohinh.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** What the article form posts; kept as typed when the article is refused. */
class ArticleForm {

	private String slug;
	private String title;
	private String summary;
	private String body;
	private String author;
	private String categoryCode;
	/** Tags as typed, separated by commas. */
	private String tags;
	private List<Long> modelIds = new ArrayList<>();
	private List<String> localityCodes = new ArrayList<>();
	private List<Long> exemplarIds = new ArrayList<>();
	private String coverAlt;
	private boolean removeCover;
	private MultipartFile cover;
	private Long version;

	static ArticleForm of(ArticleDetails a) {
		ArticleForm f = new ArticleForm();
		f.slug = a.slug();
		f.title = a.title();
		f.summary = a.summary();
		f.body = a.bodyHtml();
		f.author = a.author();
		f.categoryCode = a.categoryCode();
		f.tags = String.join(", ", a.tags());
		f.modelIds = new ArrayList<>(a.models().stream().map(l -> Long.valueOf(l.key())).toList());
		f.localityCodes = new ArrayList<>(a.localities().stream().map(ArticleDetails.Link::key).toList());
		f.exemplarIds = new ArrayList<>(a.exemplars().stream().map(l -> Long.valueOf(l.key())).toList());
		f.coverAlt = a.coverAlt();
		f.version = a.version();
		return f;
	}

	ArticleService.CoverChange coverChange() {
		return new ArticleService.CoverChange(cover, removeCover);
	}

	/** The content to save; an empty slug is made from the title. */
	Article.Content toContent() {
		String s = slug == null || slug.isBlank() ? ArticleService.slugOf(title) : slug;
		List<String> tagList = tags == null ? List.of() : Arrays.asList(tags.split("[,;\\n]"));
		return new Article.Content(s, title, summary, body, author, categoryCode, tagList, modelIds, localityCodes,
				exemplarIds, coverAlt);
	}

	public String getSlug() { return slug; }
	public void setSlug(String slug) { this.slug = slug; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public String getBody() { return body; }
	public void setBody(String body) { this.body = body; }
	public String getAuthor() { return author; }
	public void setAuthor(String author) { this.author = author; }
	public String getCategoryCode() { return categoryCode; }
	public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
	public String getTags() { return tags; }
	public void setTags(String tags) { this.tags = tags; }
	public List<Long> getModelIds() { return modelIds; }
	public void setModelIds(List<Long> modelIds) { this.modelIds = modelIds == null ? new ArrayList<>() : modelIds; }
	public List<String> getLocalityCodes() { return localityCodes; }
	public void setLocalityCodes(List<String> localityCodes) { this.localityCodes = localityCodes == null ? new ArrayList<>() : localityCodes; }
	public List<Long> getExemplarIds() { return exemplarIds; }
	public void setExemplarIds(List<Long> exemplarIds) { this.exemplarIds = exemplarIds == null ? new ArrayList<>() : exemplarIds; }
	public String getCoverAlt() { return coverAlt; }
	public void setCoverAlt(String coverAlt) { this.coverAlt = coverAlt; }
	public boolean isRemoveCover() { return removeCover; }
	public void setRemoveCover(boolean removeCover) { this.removeCover = removeCover; }
	public MultipartFile getCover() { return cover; }
	public void setCover(MultipartFile cover) { this.cover = cover; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
