package vn.mohinh.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.initiative.InitiativeTypeCatalogue;
import vn.mohinh.initiative.InitiativeTypeView;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityKind;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The criteria for evaluating models, per type of model, versioned by date; a province may set its
 * own. {@link #criteriaFor} is what other modules (inspections) ask; the administrators' pages add
 * new versions through the package-private methods.
 */
@Service
@Transactional(readOnly = true)
public class CriteriaCatalogue {

	private final CriteriaSets sets;
	private final InitiativeTypeCatalogue types;
	private final LocalityDirectory localities;
	private final ScopeGuard scope;
	private final Clock clock = Clock.systemDefaultZone();

	CriteriaCatalogue(CriteriaSets sets, InitiativeTypeCatalogue types, LocalityDirectory localities, ScopeGuard scope) {
		this.sets = sets;
		this.types = types;
		this.localities = localities;
		this.scope = scope;
	}

	/**
	 * The criteria in force on a day for models of a type at {@code scopePath} (the model's commune
	 * path, "/provinceId/…"), in order: the set of the model's province when it has one in force
	 * that day (a province formed by merger covers the provinces merged into it), else the national
	 * set; empty when neither exists.
	 */
	public List<CriterionView> criteriaFor(long typeId, String scopePath, LocalDate on) {
		return setFor(typeId, scopePath, on).map(CriteriaSet::criteria).orElse(List.of());
	}

	/** The set itself (its id and criteria), for evaluations that keep a copy of what they were scored on. */
	Optional<CriteriaSet> setFor(long typeId, String scopePath, LocalDate on) {
		List<CriteriaSet> inForce = sets.inForce(typeId, on);
		Optional<CriteriaSet> provincial = inForce.stream()
			.filter(s -> !s.national() && scopePath != null && covers(s, scopePath)).findFirst();
		return provincial.or(() -> inForce.stream().filter(CriteriaSet::national).findFirst());
	}

	private boolean covers(CriteriaSet set, String scopePath) {
		return scopePath.startsWith(set.areaPath()) || scope.scopeOfRoot(set.provinceId()).covers(scopePath);
	}

	// ---- the administrators' pages ----

	List<InitiativeTypeView> types() {
		return types.all();
	}

	InitiativeTypeView type(long typeId) {
		return types.all().stream().filter(t -> t.id() == typeId).findFirst()
			.orElseThrow(() -> new NotFoundException("type", typeId));
	}

	Page<CriteriaSetCard> setsOf(long typeId, Pageable pageable) {
		Page<CriteriaSet> page = sets.ofType(typeId, pageable);
		Map<Long, LocalityView> provinces = localities.findAll(page.getContent().stream().map(CriteriaSet::provinceId)
			.filter(java.util.Objects::nonNull).distinct().toList());
		String typeName = type(typeId).name();
		return page.map(s -> card(s, typeName, provinces));
	}

	CriteriaSetCard read(long id) {
		CriteriaSet set = sets.findById(id).orElseThrow(() -> new NotFoundException("criteria set", id));
		return card(set, type(set.typeId()).name(),
				set.provinceId() == null ? Map.of() : localities.findAll(List.of(set.provinceId())));
	}

	/** The newest version for a type in an area (national when {@code province} is null), if any. */
	Optional<CriteriaSetCard> latest(long typeId, LocalityView province) {
		String area = province == null ? CriteriaSet.NATIONAL : province.path();
		return sets.versions(typeId, area, PageRequest.of(0, 1)).stream().findFirst()
			.map(s -> card(s, type(typeId).name(), province == null ? Map.of() : Map.of(province.id(), province)));
	}

	/** A province by its official code: the newest unit that bore it, which must be a province. */
	Optional<LocalityView> province(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return localities.findLatestByCode(code.strip()).filter(l -> l.kind().level() == LocalityKind.Level.PROVINCE);
	}

	Optional<LocalityView> provinceById(Long id) {
		return id == null ? Optional.empty()
				: localities.find(id).filter(l -> l.kind().level() == LocalityKind.Level.PROVINCE);
	}

	/**
	 * A new version for a type, national or of a province, from a day; the version in force before
	 * it is closed the day before. {@code previousId}/{@code previousVersion} name the newest version
	 * the administrator saw (null when there was none): if another version was added meanwhile, the
	 * change is refused as stale.
	 */
	@Transactional
	long define(long typeId, Long provinceId, LocalDate validFrom, List<CriteriaSet.Row> rows, Long previousId,
			Long previousVersion) {
		type(typeId);
		LocalityView province = provinceId == null ? null
				: provinceById(provinceId).orElseThrow(() -> new EvaluationRuleException(null, "criteria.error.province.unknown", provinceId));
		String area = province == null ? CriteriaSet.NATIONAL : province.path();
		Optional<CriteriaSet> latest = sets.versions(typeId, area, PageRequest.of(0, 1)).stream().findFirst();
		boolean sameAsSeen = latest.map(s -> s.id().equals(previousId) && previousVersion != null
				&& s.version() == previousVersion).orElse(previousId == null);
		if (!sameAsSeen) {
			throw new StaleEvaluationException(typeId);
		}
		CriteriaSet made = checked(typeId, province, validFrom, rows, latest);
		latest.ifPresent(s -> s.supersededFrom(validFrom));
		try {
			latest.ifPresent(sets::saveAndFlush);
			return sets.saveAndFlush(made).id();
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw new StaleEvaluationException(typeId);
		}
	}

	/** The rules of a new version, without saving anything (a form that already failed its own checks). */
	void check(long typeId, Long provinceId, LocalDate validFrom, List<CriteriaSet.Row> rows) {
		LocalityView province = provinceById(provinceId).orElse(null);
		String area = province == null ? CriteriaSet.NATIONAL : province.path();
		checked(typeId, province, validFrom, rows, sets.versions(typeId, area, PageRequest.of(0, 1)).stream().findFirst());
	}

	/** The new version, every broken rule reported at once; nothing changed yet. */
	private CriteriaSet checked(long typeId, LocalityView province, LocalDate validFrom, List<CriteriaSet.Row> rows,
			Optional<CriteriaSet> latest) {
		EvaluationRuleException.Rules rules = new EvaluationRuleException.Rules();
		CriteriaSet[] made = new CriteriaSet[1];
		rules.check(() -> made[0] = CriteriaSet.define(typeId, province, validFrom, rows, username(), clock.instant()));
		if (validFrom != null) {
			latest.ifPresent(s -> rules.check(() -> s.requireStartsBefore(validFrom)));
		}
		rules.throwIfAny();
		return made[0];
	}

	private CriteriaSetCard card(CriteriaSet s, String typeName, Map<Long, LocalityView> provinces) {
		LocalityView province = s.provinceId() == null ? null : provinces.get(s.provinceId());
		return new CriteriaSetCard(s.id(), s.typeId(), typeName, s.provinceId(),
				province == null ? null : province.fullName(), s.validFrom(), s.validTo(), s.criteria(), s.version(),
				s.createdBy(), s.createdAt());
	}

	private static String username() {
		return CurrentUser.get().map(ScopedPrincipal::username).orElse(null);
	}

}
