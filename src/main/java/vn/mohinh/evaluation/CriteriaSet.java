package vn.mohinh.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.text.VietnameseText;

/**
 * The criteria for evaluating models of one type, nationwide or in one province, from a day on
 * (tiêu chí đánh giá). A set never changes once saved: a newer version is made from a later day,
 * which closes this one the day before. Evaluations keep a copy of the criteria they were scored on.
 */
@Entity
@Table(name = "criteria_set")
@Audited
class CriteriaSet {

	static final String NATIONAL = "/";
	static final int MAX_CRITERIA = 30;
	static final int MAX_CODE = 20;
	static final int MAX_NAME = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criteria_set_seq")
	@SequenceGenerator(name = "criteria_set_seq", sequenceName = "criteria_set_seq", allocationSize = 50)
	private Long id;

	private Long typeId;

	/** The province that set its own criteria; null for the national set. */
	private Long provinceId;

	/** {@value #NATIONAL} for a national set, else the province's path. */
	private String areaPath;

	private LocalDate validFrom;

	private LocalDate validTo;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	@OneToMany(mappedBy = "set", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<Criterion> criteria = new ArrayList<>();

	protected CriteriaSet() {
	}

	/** What an administrator enters for one criterion. */
	record Row(String code, String name, Integer maxScore) {

		boolean blank() {
			return (code == null || code.isBlank()) && (name == null || name.isBlank()) && maxScore == null;
		}

	}

	/**
	 * A new set for a type, national ({@code province} null) or of a province, in force from a day.
	 * Every broken rule of the rows is reported at once, by the row's field ({@code rows[2].name}).
	 */
	static CriteriaSet define(long typeId, LocalityView province, LocalDate validFrom, List<Row> rows, String by,
			Instant now) {
		EvaluationRuleException.Rules rules = new EvaluationRuleException.Rules();
		if (validFrom == null) {
			rules.reject("validFrom", "criteria.error.validFrom.required");
		}
		List<Row> kept = rows == null ? List.of() : rows;
		if (kept.stream().allMatch(Row::blank)) {
			rules.reject("rows", "criteria.error.rows.required");
		}
		if (kept.size() > MAX_CRITERIA) {
			rules.reject("rows", "criteria.error.rows.tooMany", MAX_CRITERIA);
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < kept.size(); i++) {
			Row row = kept.get(i);
			if (row.blank()) {
				continue;
			}
			String field = "rows[" + i + "].";
			String code = VietnameseText.clean(row.code());
			if (code == null || code.isEmpty()) {
				rules.reject(field + "code", "criteria.error.code.required");
			}
			else if (code.length() > MAX_CODE) {
				rules.reject(field + "code", "criteria.error.code.size", MAX_CODE);
			}
			else if (!codes.add(VietnameseText.fold(code))) {
				rules.reject(field + "code", "criteria.error.code.duplicate", code);
			}
			String name = VietnameseText.clean(row.name());
			if (name == null || name.isEmpty()) {
				rules.reject(field + "name", "criteria.error.name.required");
			}
			else if (name.length() > MAX_NAME) {
				rules.reject(field + "name", "criteria.error.name.size", MAX_NAME);
			}
			if (row.maxScore() == null) {
				rules.reject(field + "maxScore", "criteria.error.maxScore.required");
			}
			else if (row.maxScore() < 1 || row.maxScore() > 100) {
				rules.reject(field + "maxScore", "criteria.error.maxScore.range");
			}
		}
		rules.throwIfAny();
		CriteriaSet set = new CriteriaSet();
		set.typeId = typeId;
		set.provinceId = province == null ? null : province.id();
		set.areaPath = province == null ? NATIONAL : province.path();
		set.validFrom = validFrom;
		set.createdAt = now;
		set.createdBy = by;
		int position = 1;
		for (Row row : kept) {
			if (!row.blank()) {
				set.criteria.add(new Criterion(set, position++, VietnameseText.clean(row.code()),
						VietnameseText.clean(row.name()), row.maxScore()));
			}
		}
		return set;
	}

	/** A newer version starts on {@code nextFrom}: this one is in force until the day before. */
	void supersededFrom(LocalDate nextFrom) {
		requireStartsBefore(nextFrom);
		this.validTo = nextFrom.minusDays(1);
	}

	/** A newer version must start after this one started. */
	void requireStartsBefore(LocalDate nextFrom) {
		if (!nextFrom.isAfter(validFrom)) {
			throw new EvaluationRuleException("validFrom", "criteria.error.validFrom.notAfterCurrent",
					validFrom.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
	}

	boolean inForceOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
	}

	boolean national() {
		return provinceId == null;
	}

	Long id() {
		return id;
	}

	long typeId() {
		return typeId;
	}

	Long provinceId() {
		return provinceId;
	}

	String areaPath() {
		return areaPath;
	}

	LocalDate validFrom() {
		return validFrom;
	}

	LocalDate validTo() {
		return validTo;
	}

	long version() {
		return version;
	}

	Instant createdAt() {
		return createdAt;
	}

	String createdBy() {
		return createdBy;
	}

	List<CriterionView> criteria() {
		return criteria.stream().sorted(Comparator.comparingInt(Criterion::position)).map(Criterion::view).toList();
	}

	int maxTotal() {
		return criteria.stream().mapToInt(c -> c.view().maxScore()).sum();
	}

}
