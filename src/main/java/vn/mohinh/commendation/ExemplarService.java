package vn.mohinh.commendation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/** Exemplars in scope (the person's or collective's place): list, read, hold up, revise. */
@Service
@Transactional(readOnly = true)
class ExemplarService {

	private final Exemplars exemplars;
	private final Commendations commendationRecords;
	private final CommendationService commendations;
	private final InitiativeDirectory models;
	private final ScopeGuard scope;

	ExemplarService(Exemplars exemplars, Commendations commendationRecords, CommendationService commendations,
			InitiativeDirectory models, ScopeGuard scope) {
		this.exemplars = exemplars;
		this.commendationRecords = commendationRecords;
		this.commendations = commendations;
		this.models = models;
		this.scope = scope;
	}

	Page<ExemplarView> list(Pageable pageable) {
		Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("sortKey", "id"));
		return exemplars.findAll(scope.within("scopePath"), page).map(this::view);
	}

	ExemplarView read(long id) {
		return view(readable(id));
	}

	ExemplarView readForChange(long id) {
		Exemplar e = readable(id);
		scope.requireWritable(e.scopePath());
		return view(e);
	}

	@Transactional
	long hold(String subjectToken, Exemplar.Content content) {
		scope.requireEditor();
		Recipient subject = commendations.resolveOne(subjectToken).orElse(null);
		if (subject != null) {
			scope.requireWritable(subject.scopePath());
		}
		checkLinks(content);
		return exemplars.saveAndFlush(Exemplar.hold(subject, content, commendations.now())).id();
	}

	@Transactional
	void revise(long id, long expectedVersion, Exemplar.Content content) {
		Exemplar e = readable(id);
		scope.requireWritable(e.scopePath());
		if (e.version() != expectedVersion) {
			throw new StaleCommendationException(id);
		}
		checkLinks(content);
		e.revise(content, commendations.now());
		try {
			exemplars.saveAndFlush(e);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleCommendationException(id);
		}
	}

	/** Links only to models and commendations the user sees. */
	private void checkLinks(Exemplar.Content content) {
		if (models.findAll(content.modelIds()).size() != content.modelIds().size()) {
			throw new CommendationRuleException("modelIds", "exemplar.error.link.unknown");
		}
		for (Long id : content.commendationIds()) {
			try {
				commendations.readable(id);
			}
			catch (NotFoundException ex) {
				throw new CommendationRuleException("commendationIds", "exemplar.error.link.unknown");
			}
		}
	}

	private Exemplar readable(long id) {
		return exemplars.findById(id).filter(e -> scope.canRead(e.scopePath()))
			.orElseThrow(() -> new NotFoundException("exemplar", id));
	}

	private ExemplarView view(Exemplar e) {
		List<ExemplarView.Link> modelLinks = models.findAll(e.modelIds()).values().stream()
			.map(m -> new ExemplarView.Link(m.id(), m.name())).toList();
		List<ExemplarView.Link> commendationLinks = new ArrayList<>();
		for (Commendation c : commendationRecords.findAllById(e.commendationIds())) {
			if (c.recipients().stream().anyMatch(r -> scope.canRead(r.scopePath()))) {
				String label = c.decisionNumber() != null ? c.decisionNumber() + " – " + c.bodyName()
						: (c.occasion() != null ? c.occasion() : c.bodyName());
				commendationLinks.add(new ExemplarView.Link(c.id(), label));
			}
		}
		return new ExemplarView(e.id(), e.kind(), e.subjectKind(), e.subjectId(), e.subjectName(), e.title(), e.paragraphs(),
				e.publishable(), e.publishableFrom(), modelLinks, commendationLinks, e.version(), scope.canEdit(e.scopePath()));
	}

}
