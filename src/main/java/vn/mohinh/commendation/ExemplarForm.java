package vn.mohinh.commendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the exemplar form posts. */
class ExemplarForm {

	private String subject;
	private String subjectQuery;
	private String title;
	private String story;
	private boolean publishable;
	private LocalDate publishableFrom;
	private List<Long> modelIds = new ArrayList<>();
	private List<Long> commendationIds = new ArrayList<>();
	private Long version;

	static ExemplarForm of(ExemplarView v) {
		ExemplarForm f = new ExemplarForm();
		f.subject = v.subjectKind() + ":" + v.subjectId();
		f.title = v.title();
		f.story = v.story();
		f.publishable = v.publishable();
		f.publishableFrom = v.publishableFrom();
		f.modelIds = new ArrayList<>(v.models().stream().map(ExemplarView.Link::id).toList());
		f.commendationIds = new ArrayList<>(v.commendations().stream().map(ExemplarView.Link::id).toList());
		f.version = v.version();
		return f;
	}

	Exemplar.Content toContent() {
		return new Exemplar.Content(title, story, publishable, publishableFrom, modelIds, commendationIds);
	}

	public String getSubject() { return subject; }
	public void setSubject(String subject) { this.subject = subject; }
	public String getSubjectQuery() { return subjectQuery; }
	public void setSubjectQuery(String subjectQuery) { this.subjectQuery = subjectQuery; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getStory() { return story; }
	public void setStory(String story) { this.story = story; }
	public boolean isPublishable() { return publishable; }
	public void setPublishable(boolean publishable) { this.publishable = publishable; }
	public LocalDate getPublishableFrom() { return publishableFrom; }
	public void setPublishableFrom(LocalDate publishableFrom) { this.publishableFrom = publishableFrom; }
	public List<Long> getModelIds() { return modelIds; }
	public void setModelIds(List<Long> modelIds) { this.modelIds = modelIds == null ? new ArrayList<>() : modelIds; }
	public List<Long> getCommendationIds() { return commendationIds; }
	public void setCommendationIds(List<Long> commendationIds) { this.commendationIds = commendationIds == null ? new ArrayList<>() : commendationIds; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
