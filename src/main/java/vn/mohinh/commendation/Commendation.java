package vn.mohinh.commendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * A commendation: formal (khen thưởng: a decision of a body, numbered, with a form of reward OR a
 * title) or praise (biểu dương: an occasion, a day, a body, no number), for one or more recipients.
 * Never deleted: withdrawn with a reason, since reports cite it.
 */
@Entity
@Table(name = "commendation")
@Audited
class Commendation {

	static final int MAX_TEXT = 4000;
	static final int MAX_LINE = 500;
	static final int MAX_NUMBER = 60;
	static final int MAX_RECIPIENTS = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commendation_seq")
	@SequenceGenerator(name = "commendation_seq", sequenceName = "commendation_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	private CommendationKind kind;

	@Enumerated(EnumType.STRING)
	private AwardCategory awardCategory;

	@Enumerated(EnumType.STRING)
	private Award award;

	private Long bodyOrganisationId;

	private String bodyName;

	private String bodyKey;

	@Enumerated(EnumType.STRING)
	private BodyLevel bodyLevel;

	private String decisionNumber;

	private String decisionKey;

	private LocalDate recognisedOn;

	@Column(name = "award_year")
	private int year;

	private String movement;

	private Long guidingDocumentId;

	private String occasion;

	private String reason;

	private String scanHash;

	private String scanName;

	private String scopePath;

	private boolean withdrawn;

	private String withdrawnReason;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "commendation_recipient", joinColumns = @JoinColumn(name = "commendation_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<Recipient> recipients = new ArrayList<>();

	@Version
	private long version;

	protected Commendation() {
	}

	/** What the user states; recipients are resolved (name and place) by the service. */
	record Details(CommendationKind kind, AwardCategory category, Award award, Long bodyOrganisationId, String bodyName,
			BodyLevel bodyLevel, String decisionNumber, LocalDate recognisedOn, Integer year, String movement,
			String occasion, String reason) {
	}

	static Commendation record(Details d, List<Recipient> recipients, String scopePath, LocalDate today, String by,
			Instant now) {
		check(d, recipients, today);
		Commendation c = new Commendation();
		c.apply(d, recipients, scopePath);
		c.createdAt = now;
		c.updatedAt = now;
		c.createdBy = by;
		return c;
	}

	void revise(Details d, List<Recipient> recipients, String scopePath, LocalDate today, Instant now) {
		if (withdrawn) {
			throw new CommendationRuleException(null, "commendation.error.withdrawn");
		}
		check(d, recipients, today);
		apply(d, recipients, scopePath);
		updatedAt = now;
	}

	void withdraw(String why, Instant now) {
		String text = VietnameseText.clean(why);
		if (withdrawn) {
			throw new CommendationRuleException(null, "commendation.error.withdrawn");
		}
		if (text == null || text.isBlank()) {
			throw new CommendationRuleException("reason", "commendation.error.withdrawReason.required");
		}
		if (text.length() > 1000) {
			throw new CommendationRuleException("reason", "commendation.error.tooLong", 1000);
		}
		withdrawn = true;
		withdrawnReason = text;
		updatedAt = now;
	}

	/** Every broken rule at once, each by its field. */
	static void check(Details d, List<Recipient> recipients, LocalDate today) {
		CommendationRuleException.Rules rules = new CommendationRuleException.Rules();
		if (d.kind() == null) {
			rules.reject("kind", "commendation.error.kind.required");
		}
		if (d.kind() == CommendationKind.FORMAL) {
			if (d.category() == null) {
				rules.reject("category", "commendation.error.category.required");
			}
			if (d.award() == null) {
				rules.reject("award", "commendation.error.award.required");
			}
			else if (d.category() != null && d.award().category() != d.category()) {
				rules.reject("award", "commendation.error.award.category");
			}
			if (blank(d.decisionNumber())) {
				rules.reject("decisionNumber", "commendation.error.decisionNumber.required");
			}
			else if (d.decisionNumber().strip().length() > MAX_NUMBER) {
				rules.reject("decisionNumber", "commendation.error.tooLong", MAX_NUMBER);
			}
		}
		if (d.kind() == CommendationKind.PRAISE && blank(d.occasion())) {
			rules.reject("occasion", "commendation.error.occasion.required");
		}
		if (blank(d.bodyName())) {
			rules.reject("bodyName", "commendation.error.body.required");
		}
		else if (d.bodyName().strip().length() > 300) {
			rules.reject("bodyName", "commendation.error.tooLong", 300);
		}
		if (d.bodyLevel() == null) {
			rules.reject("bodyLevel", "commendation.error.level.required");
		}
		if (d.recognisedOn() == null) {
			rules.reject("recognisedOn", "commendation.error.date.required");
		}
		else if (d.recognisedOn().isAfter(today)) {
			rules.reject("recognisedOn", "commendation.error.date.future");
		}
		else if (d.recognisedOn().getYear() < 1945) {
			rules.reject("recognisedOn", "commendation.error.date.early");
		}
		if (d.year() != null && d.recognisedOn() != null
				&& (d.year() > d.recognisedOn().getYear() || d.year() < d.recognisedOn().getYear() - 1)) {
			// A commendation for a year is decided in that year or early in the next one.
			rules.reject("year", "commendation.error.year.range", d.recognisedOn().getYear() - 1, d.recognisedOn().getYear());
		}
		tooLong(rules, "movement", d.movement(), MAX_LINE);
		tooLong(rules, "occasion", d.occasion(), MAX_LINE);
		tooLong(rules, "reason", d.reason(), MAX_TEXT);
		if (recipients.isEmpty()) {
			rules.reject("recipients", "commendation.error.recipients.required");
		}
		else if (recipients.size() > MAX_RECIPIENTS) {
			rules.reject("recipients", "commendation.error.recipients.tooMany", MAX_RECIPIENTS);
		}
		rules.throwIfAny();
	}

	private void apply(Details d, List<Recipient> chosen, String path) {
		kind = d.kind();
		boolean formal = kind == CommendationKind.FORMAL;
		awardCategory = formal ? d.category() : null;
		award = formal ? d.award() : null;
		bodyOrganisationId = d.bodyOrganisationId();
		bodyName = VietnameseText.clean(d.bodyName());
		bodyKey = key(bodyName);
		bodyLevel = d.bodyLevel();
		decisionNumber = formal ? VietnameseText.clean(d.decisionNumber()) : null;
		decisionKey = formal ? numberKey(decisionNumber) : null;
		recognisedOn = d.recognisedOn();
		year = d.year() == null ? d.recognisedOn().getYear() : d.year();
		movement = optional(d.movement());
		occasion = optional(d.occasion());
		reason = optional(d.reason());
		scopePath = path;
		// One entry per recipient, in the order chosen.
		Map<String, Recipient> distinct = new LinkedHashMap<>();
		chosen.forEach(r -> distinct.putIfAbsent(r.token(), r));
		recipients.clear();
		recipients.addAll(distinct.values());
	}

	void attachScan(String hash, String name) {
		scanHash = hash;
		scanName = name;
	}

	/** A body's name as compared for reused numbers: accents, case and spacing ignored. */
	static String key(String bodyName) {
		return VietnameseText.fold(bodyName == null ? "" : bodyName).replaceAll("\\s+", " ").strip();
	}

	/** "12/QĐ-MTTQ", "12/qđ-mttq" and "Số: 12 /QĐ-MTTQ" are the same number. */
	static String numberKey(String number) {
		return VietnameseText.fold(number == null ? "" : number).replaceAll("\\s+", "").replaceFirst("^so:", "");
	}

	private static void tooLong(CommendationRuleException.Rules rules, String field, String text, int max) {
		if (text != null && text.strip().length() > max) {
			rules.reject(field, "commendation.error.tooLong", max);
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String optional(String s) {
		return blank(s) ? null : VietnameseText.clean(s);
	}

	Long id() { return id; }
	CommendationKind kind() { return kind; }
	AwardCategory awardCategory() { return awardCategory; }
	Award award() { return award; }
	Long bodyOrganisationId() { return bodyOrganisationId; }
	String bodyName() { return bodyName; }
	String bodyKey() { return bodyKey; }
	BodyLevel bodyLevel() { return bodyLevel; }
	String decisionNumber() { return decisionNumber; }
	String decisionKey() { return decisionKey; }
	LocalDate recognisedOn() { return recognisedOn; }
	int year() { return year; }
	String movement() { return movement; }
	String occasion() { return occasion; }
	String reason() { return reason; }
	String scanHash() { return scanHash; }
	String scanName() { return scanName; }
	String scopePath() { return scopePath; }
	boolean withdrawn() { return withdrawn; }
	String withdrawnReason() { return withdrawnReason; }
	Instant createdAt() { return createdAt; }
	String createdBy() { return createdBy; }
	List<Recipient> recipients() { return List.copyOf(recipients); }
	long version() { return version; }

}
