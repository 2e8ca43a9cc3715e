package vn.mohinh.commendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.evaluation.EvaluationDirectory;
import vn.mohinh.evaluation.EvaluationSummary;
import vn.mohinh.evaluation.Rating;
import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Nominations (đề nghị khen thưởng) of models: from an evaluation rated Tốt (model, year and reason
 * prefilled from it) or from scratch; decided by recording the commendation in the same transaction,
 * or declined with a reason. Writing needs the model writable.
 */
@Service
@Transactional(readOnly = true)
class NominationService {

	private final Nominations nominations;
	private final CommendationService commendations;
	private final EvaluationDirectory evaluations;
	private final InitiativeDirectory models;
	private final ScopeGuard scope;

	NominationService(Nominations nominations, CommendationService commendations, EvaluationDirectory evaluations,
			InitiativeDirectory models, ScopeGuard scope) {
		this.nominations = nominations;
		this.commendations = commendations;
		this.evaluations = evaluations;
		this.models = models;
		this.scope = scope;
	}

	/** What a new nomination starts from. */
	record Start(long initiativeId, String initiativeName, Long evaluationId, Integer year, String reason) {
	}

	/** From an evaluation: in scope (else 404), rated Tốt (else refused), the model writable (else 403). */
	Start fromEvaluation(long evaluationId) {
		EvaluationSummary e = evaluations.find(evaluationId).orElseThrow(() -> new NotFoundException("evaluation", evaluationId));
		if (e.rating() != Rating.TOT) {
			throw new CommendationRuleException(null, "nomination.error.notTot");
		}
		InitiativeView model = modelForChange(e.initiativeId());
		return new Start(model.id(), e.initiativeName(), e.id(), e.year(), e.conclusion());
	}

	Start fromModel(long initiativeId) {
		InitiativeView model = modelForChange(initiativeId);
		return new Start(model.id(), model.name(), null, commendations.today().getYear() - 1, null);
	}

	InitiativeView modelForChange(long initiativeId) {
		InitiativeView model = models.find(initiativeId).orElseThrow(() -> new NotFoundException("initiative", initiativeId));
		scope.requireWritable(model.scopePath());
		return model;
	}

	@Transactional
	long propose(long initiativeId, Long evaluationId, Integer year, String reason) {
		InitiativeView model = modelForChange(initiativeId);
		String name = model.name();
		if (evaluationId != null) {
			EvaluationSummary e = evaluations.find(evaluationId)
				.filter(s -> s.initiativeId() == initiativeId)
				.orElseThrow(() -> new NotFoundException("evaluation", evaluationId));
			if (e.rating() != Rating.TOT) {
				throw new CommendationRuleException(null, "nomination.error.notTot");
			}
			name = e.initiativeName();
		}
		Nomination n = Nomination.propose(model.id(), name, evaluationId, year, reason, model.scopePath(),
				commendations.today().getYear(), CommendationService.username(), commendations.now());
		return nominations.saveAndFlush(n).id();
	}

	Page<NominationView> list(NominationStatus status, Pageable pageable) {
		Specification<Nomination> spec = scope.within("scopePath");
		if (status != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), status));
		}
		Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
		return nominations.findAll(spec, page).map(this::view);
	}

	NominationView read(long id) {
		return view(readable(id));
	}

	/**
	 * Records the commendation (the model among its recipients) and marks the nomination decided: both
	 * or neither.
	 */
	@Transactional
	long decide(long id, long expectedVersion, Commendation.Details details, List<String> otherRecipients) {
		Nomination n = writable(id, expectedVersion);
		if (n.status() != NominationStatus.PROPOSED) {
			throw new CommendationRuleException(null, "nomination.error.notProposed");
		}
		List<String> tokens = new ArrayList<>();
		tokens.add(RecipientKind.MODEL + ":" + n.initiativeId());
		if (otherRecipients != null) {
			tokens.addAll(otherRecipients);
		}
		long commendation = commendations.create(details, tokens);
		n.decided(commendation, CommendationService.username(), commendations.now());
		save(n);
		return commendation;
	}

	@Transactional
	void decline(long id, long expectedVersion, String reason) {
		Nomination n = writable(id, expectedVersion);
		n.decline(reason, CommendationService.username(), commendations.now());
		save(n);
	}

	Optional<Nomination> find(long id) {
		return nominations.findById(id).filter(n -> scope.canRead(n.scopePath()));
	}

	private Nomination readable(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("nomination", id));
	}

	private Nomination writable(long id, long expectedVersion) {
		Nomination n = readable(id);
		scope.requireWritable(n.scopePath());
		if (n.version() != expectedVersion) {
			throw new StaleCommendationException(id);
		}
		return n;
	}

	private void save(Nomination n) {
		try {
			nominations.saveAndFlush(n);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleCommendationException(n.id());
		}
	}

	private NominationView view(Nomination n) {
		return new NominationView(n.id(), n.initiativeId(), n.initiativeName(), n.evaluationId(), n.year(), n.reason(),
				n.status(), n.declinedReason(), n.commendationId(), n.createdAt(), n.createdBy(), n.version(),
				n.status() == NominationStatus.PROPOSED && scope.canEdit(n.scopePath()));
	}

}
