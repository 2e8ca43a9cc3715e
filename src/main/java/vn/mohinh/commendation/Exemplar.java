package vn.mohinh.commendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

import vn.mohinh.shared.text.VietnameseText;

/**
 * A person or a collective held up as an example (tấm gương điển hình): a title, the story in plain
 * paragraphs, the models and commendations behind it, and whether (from when) the public portal may
 * publish it.
 */
@Entity
@Table(name = "exemplar")
@Audited
class Exemplar {

	static final int MAX_STORY = 8000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exemplar_seq")
	@SequenceGenerator(name = "exemplar_seq", sequenceName = "exemplar_seq", allocationSize = 50)
	private Long id;

	/** PERSON, or COLLECTIVE for an organisation or a village's residents. */
	private String kind;

	@Enumerated(EnumType.STRING)
	private RecipientKind subjectKind;

	private long subjectId;

	private String subjectName;

	private String title;

	private String story;

	private String scopePath;

	private String sortKey;

	private boolean publishable;

	private LocalDate publishableFrom;

	private Instant createdAt;

	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "exemplar_model", joinColumns = @JoinColumn(name = "exemplar_id"))
	@OrderColumn(name = "position")
	@Column(name = "initiative_id")
	@BatchSize(size = 50)
	private List<Long> modelIds = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "exemplar_commendation", joinColumns = @JoinColumn(name = "exemplar_id"))
	@OrderColumn(name = "position")
	@Column(name = "commendation_id")
	@BatchSize(size = 50)
	private List<Long> commendationIds = new ArrayList<>();

	@Version
	private long version;

	protected Exemplar() {
	}

	record Content(String title, String story, boolean publishable, LocalDate publishableFrom, List<Long> modelIds,
			List<Long> commendationIds) {

		Content {
			modelIds = modelIds == null ? List.of() : modelIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
			commendationIds = commendationIds == null ? List.of()
					: commendationIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		}

	}

	static Exemplar hold(Recipient subject, Content content, Instant now) {
		if (subject == null || subject.kind() == RecipientKind.MODEL) {
			throw new CommendationRuleException("subject", "exemplar.error.subject.required");
		}
		check(content);
		Exemplar e = new Exemplar();
		e.kind = subject.kind() == RecipientKind.PERSON ? "PERSON" : "COLLECTIVE";
		e.subjectKind = subject.kind();
		e.subjectId = subject.refId();
		e.subjectName = subject.name();
		e.scopePath = subject.scopePath();
		e.createdAt = now;
		e.apply(content, now);
		return e;
	}

	void revise(Content content, Instant now) {
		check(content);
		apply(content, now);
	}

	private void apply(Content c, Instant now) {
		title = VietnameseText.clean(c.title());
		sortKey = VietnameseText.sortKey(subjectName);
		story = c.story().strip().replace("\r\n", "\n");
		publishable = c.publishable();
		publishableFrom = c.publishable() ? c.publishableFrom() : null;
		modelIds.clear();
		modelIds.addAll(c.modelIds());
		commendationIds.clear();
		commendationIds.addAll(c.commendationIds());
		updatedAt = now;
	}

	static void check(Content c) {
		CommendationRuleException.Rules rules = new CommendationRuleException.Rules();
		if (c.title() == null || c.title().isBlank()) {
			rules.reject("title", "exemplar.error.title.required");
		}
		else if (c.title().strip().length() > 300) {
			rules.reject("title", "commendation.error.tooLong", 300);
		}
		if (c.story() == null || c.story().isBlank()) {
			rules.reject("story", "exemplar.error.story.required");
		}
		else if (c.story().strip().length() > MAX_STORY) {
			rules.reject("story", "commendation.error.tooLong", MAX_STORY);
		}
		if (c.publishable() && c.publishableFrom() == null) {
			rules.reject("publishableFrom", "exemplar.error.publishableFrom.required");
		}
		rules.throwIfAny();
	}

	/** The story's paragraphs, split at blank lines or line breaks. */
	List<String> paragraphs() {
		return Arrays.stream(story.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	Long id() { return id; }
	String kind() { return kind; }
	RecipientKind subjectKind() { return subjectKind; }
	long subjectId() { return subjectId; }
	String subjectName() { return subjectName; }
	String title() { return title; }
	String story() { return story; }
	String scopePath() { return scopePath; }
	boolean publishable() { return publishable; }
	LocalDate publishableFrom() { return publishableFrom; }
	List<Long> modelIds() { return List.copyOf(modelIds); }
	List<Long> commendationIds() { return List.copyOf(commendationIds); }
	long version() { return version; }

}
