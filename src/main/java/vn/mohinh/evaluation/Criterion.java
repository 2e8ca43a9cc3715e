package vn.mohinh.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/**
 * One criterion of a {@link CriteriaSet}. It has an id of its own, so that findings and scores can
 * name it; it never changes once its set is saved (a new version of the set is made instead).
 */
@Entity
@Table(name = "evaluation_criterion")
@Audited
class Criterion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_criterion_seq")
	@SequenceGenerator(name = "evaluation_criterion_seq", sequenceName = "evaluation_criterion_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "criteria_set_id")
	private CriteriaSet set;

	private int position;

	private String code;

	private String name;

	private int maxScore;

	protected Criterion() {
	}

	Criterion(CriteriaSet set, int position, String code, String name, int maxScore) {
		this.set = set;
		this.position = position;
		this.code = code;
		this.name = name;
		this.maxScore = maxScore;
	}

	CriterionView view() {
		return new CriterionView(id, code, name, maxScore, position);
	}

	int position() {
		return position;
	}

}
