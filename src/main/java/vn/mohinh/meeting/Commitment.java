package vn.mohinh.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PersonView;

/**
 * A party member's yearly commitment (bản đăng ký làm theo), one per person and year, reviewed at
 * the mid-year and the year-end meeting so that it is not "registered and forgotten".
 */
@Entity
@Table(name = "commitment")
@Audited
class Commitment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_seq")
	@SequenceGenerator(name = "commitment_seq", sequenceName = "commitment_seq", allocationSize = 50)
	private Long id;

	private Long personId;

	private String personName;

	private Long organisationId;

	private String organisationName;

	private String scopePath;

	@Column(name = "commit_year")
	private int year;

	private String items;

	private LocalDate registeredOn;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "commitment_review", joinColumns = @JoinColumn(name = "commitment_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<Review> reviews = new ArrayList<>();

	@Version
	private long version;

	protected Commitment() {
	}

	static void check(Integer year, String items, LocalDate registeredOn) {
		MeetingRuleException.Rules rules = new MeetingRuleException.Rules();
		if (year == null || year < 1930 || year > 2100) {
			rules.reject("year", "commitment.error.year");
		}
		if (Meeting.blank(items)) {
			rules.reject("items", "commitment.error.items.required");
		}
		else if (items.strip().length() > 4000) {
			rules.reject("items", "meeting.error.tooLong", 4000);
		}
		if (registeredOn == null) {
			rules.reject("registeredOn", "commitment.error.registeredOn.required");
		}
		rules.throwIfAny();
	}

	static Commitment register(PersonView member, OrganisationView cell, int year, String items, LocalDate registeredOn,
			Instant now) {
		check(year, items, registeredOn);
		Commitment c = new Commitment();
		c.personId = member.id();
		c.personName = member.fullName();
		c.organisationId = cell.id();
		c.organisationName = cell.name();
		c.scopePath = cell.scopePath();
		c.year = year;
		c.items = items.strip();
		c.registeredOn = registeredOn;
		c.createdAt = now;
		return c;
	}

	void revise(String newItems, LocalDate newRegisteredOn) {
		check(year, newItems, newRegisteredOn);
		items = newItems.strip();
		registeredOn = newRegisteredOn;
	}

	/** Reviewed once at mid-year and once at year-end; a second review of a kind replaces the first. */
	void review(ReviewKind kind, Long meetingId, LocalDate on, String assessment, ReviewResult result) {
		MeetingRuleException.Rules rules = new MeetingRuleException.Rules();
		if (kind == null) {
			rules.reject("kind", "commitment.error.review.kind");
		}
		if (on == null) {
			rules.reject("reviewedOn", "commitment.error.review.date");
		}
		else if (on.getYear() != year && !(kind == ReviewKind.YEAR_END && on.getYear() == year + 1 && on.getMonthValue() == 1)) {
			rules.reject("reviewedOn", "commitment.error.review.year", String.valueOf(year));
		}
		if (result == null) {
			rules.reject("result", "commitment.error.review.result");
		}
		if (assessment != null && assessment.strip().length() > 2000) {
			rules.reject("assessment", "meeting.error.tooLong", 2000);
		}
		rules.throwIfAny();
		reviews.removeIf(r -> r.reviewKind() == kind);
		reviews.add(new Review(kind, meetingId, on, Meeting.blank(assessment) ? null : assessment.strip(), result));
		reviews.sort(java.util.Comparator.comparing(Review::reviewKind));
	}

	void requireVersion(long expected) {
		if (expected != version) {
			throw new StaleMeetingException();
		}
	}

	List<String> itemLines() {
		return items.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	Long id() { return id; }
	Long personId() { return personId; }
	String personName() { return personName; }
	Long organisationId() { return organisationId; }
	String organisationName() { return organisationName; }
	String scopePath() { return scopePath; }
	int year() { return year; }
	String items() { return items; }
	LocalDate registeredOn() { return registeredOn; }
	List<Review> reviews() { return List.copyOf(reviews); }
	long version() { return version; }

}
