package vn.mohinh.commendation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import vn.mohinh.shared.text.VietnameseText;

/**
 * A proposal to commend a model (đề nghị khen thưởng), often from its evaluation rated Tốt: proposed,
 * then decided once (the commendation it led to) or declined with a reason.
 */
@Entity
@Table(name = "nomination")
@Audited
class Nomination {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nomination_seq")
	@SequenceGenerator(name = "nomination_seq", sequenceName = "nomination_seq", allocationSize = 50)
	private Long id;

	private long initiativeId;

	private String initiativeName;

	private Long evaluationId;

	@Column(name = "award_year")
	private int year;

	private String reason;

	private String scopePath;

	@Enumerated(EnumType.STRING)
	private NominationStatus status;

	private String declinedReason;

	private Long commendationId;

	private Instant createdAt;

	private String createdBy;

	private Instant decidedAt;

	private String decidedBy;

	@Version
	private long version;

	protected Nomination() {
	}

	static Nomination propose(long initiativeId, String initiativeName, Long evaluationId, Integer year, String reason,
			String scopePath, int thisYear, String by, Instant now) {
		CommendationRuleException.Rules rules = new CommendationRuleException.Rules();
		if (year == null) {
			rules.reject("year", "nomination.error.year.required");
		}
		else if (year < 1945 || year > thisYear) {
			rules.reject("year", "nomination.error.year.range", thisYear);
		}
		String text = VietnameseText.clean(reason);
		if (text == null || text.isBlank()) {
			rules.reject("reason", "nomination.error.reason.required");
		}
		else if (text.length() > Commendation.MAX_TEXT) {
			rules.reject("reason", "commendation.error.tooLong", Commendation.MAX_TEXT);
		}
		rules.throwIfAny();
		Nomination n = new Nomination();
		n.initiativeId = initiativeId;
		n.initiativeName = initiativeName;
		n.evaluationId = evaluationId;
		n.year = year;
		n.reason = text;
		n.scopePath = scopePath;
		n.status = NominationStatus.PROPOSED;
		n.createdAt = now;
		n.createdBy = by;
		return n;
	}

	void decided(long commendation, String by, Instant now) {
		requireProposed();
		status = NominationStatus.DECIDED;
		commendationId = commendation;
		decidedAt = now;
		decidedBy = by;
	}

	void decline(String why, String by, Instant now) {
		requireProposed();
		String text = VietnameseText.clean(why);
		if (text == null || text.isBlank()) {
			throw new CommendationRuleException("declinedReason", "nomination.error.declinedReason.required");
		}
		if (text.length() > 1000) {
			throw new CommendationRuleException("declinedReason", "commendation.error.tooLong", 1000);
		}
		status = NominationStatus.DECLINED;
		declinedReason = text;
		decidedAt = now;
		decidedBy = by;
	}

	private void requireProposed() {
		if (status != NominationStatus.PROPOSED) {
			throw new CommendationRuleException(null, "nomination.error.notProposed");
		}
	}

	Long id() { return id; }
	long initiativeId() { return initiativeId; }
	String initiativeName() { return initiativeName; }
	Long evaluationId() { return evaluationId; }
	int year() { return year; }
	String reason() { return reason; }
	String scopePath() { return scopePath; }
	NominationStatus status() { return status; }
	String declinedReason() { return declinedReason; }
	Long commendationId() { return commendationId; }
	Instant createdAt() { return createdAt; }
	String createdBy() { return createdBy; }
	long version() { return version; }

}
