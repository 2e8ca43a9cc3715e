package vn.mohinh.initiative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.text.VietnameseText;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Events (sự kiện): list in scope with accent-free search and a year, read, record and revise.
 * Every path checks scope through {@link InitiativeAccess}, as the models do.
 */
@Service
@Transactional(readOnly = true)
class EventService {

	/** Newest first; on one day by name. */
	static final Sort ORDER = Sort.by(Sort.Order.desc("heldOn"), Sort.Order.asc("name"), Sort.Order.desc("id"));

	/** Enough for a select: a district's models and localities are far fewer. */
	static final int CHOICES = 300;

	private final Events events;
	private final Initiatives initiatives;
	private final InitiativeAccess access;
	private final LocalityDirectory localities;
	private final Clock clock = Clock.systemDefaultZone();

	EventService(Events events, Initiatives initiatives, InitiativeAccess access, LocalityDirectory localities) {
		this.events = events;
		this.initiatives = initiatives;
		this.access = access;
		this.localities = localities;
	}

	Page<EventView> list(String q, Integer year, Pageable pageable) {
		Page<InitiativeEvent> page = events.findAll(access.<InitiativeEvent>readable().and(filter(q, year)), pageable);
		List<Long> modelIds = page.getContent().stream().map(InitiativeEvent::initiativeId).filter(java.util.Objects::nonNull)
			.distinct().toList();
		Map<Long, Initiative> models = new java.util.HashMap<>();
		if (!modelIds.isEmpty()) {
			models.putAll(initiatives.findAllById(modelIds).stream()
				.collect(Collectors.toMap(Initiative::id, Function.identity())));
		}
		return page.map(e -> view(e, models.get(e.initiativeId())));
	}

	static Specification<InitiativeEvent> filter(String q, Integer year) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			String folded = VietnameseText.fold(q);
			if (!folded.isBlank()) {
				Arrays.stream(folded.split(" ")).filter(w -> !w.isBlank()).forEach(w -> all.add(cb.like(root.get("searchKey"),
						"%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", '\\')));
			}
			if (year != null && year > 0 && year < 10000) {
				all.add(cb.between(root.get("heldOn"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	EventCard read(long id) {
		InitiativeEvent event = events.findById(id).orElseThrow(() -> new NotFoundException("event", id));
		access.requireReadable(event.scopePath(), id);
		return card(event);
	}

	EventCard readForChange(long id) {
		InitiativeEvent event = events.findById(id).orElseThrow(() -> new NotFoundException("event", id));
		access.requireWritable(event.scopePath(), id);
		return card(event);
	}

	void requireEditor() {
		access.requireEditor();
	}

	boolean mayCreate() {
		return access.isEditor();
	}

	/** The rules of the input, without saving anything. */
	void check(EventInput in) {
		resolve(in);
	}

	@Transactional
	long create(EventInput in) {
		access.requireEditor();
		Resolved r = resolve(in);
		InitiativeEvent event = InitiativeEvent.record(in.name(), in.heldOn(), r.locality(),
				r.locality() == null ? null : localities.address(r.locality().id()), r.initiative(), in.description(),
				clock.instant());
		return events.saveAndFlush(event).id();
	}

	@Transactional
	void revise(long id, long expectedVersion, EventInput in) {
		InitiativeEvent event = events.findById(id).orElseThrow(() -> new NotFoundException("event", id));
		access.requireWritable(event.scopePath(), id);
		if (event.version() != expectedVersion) {
			throw new StaleInitiativeException(id);
		}
		Resolved r = resolve(in);
		String place = r.locality() == null ? null
				: r.locality().id() == event.localityId() ? event.placeText() : localities.address(r.locality().id());
		event.revise(in.name(), in.heldOn(), r.locality(), place, r.initiative(), in.description());
		try {
			events.saveAndFlush(event);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleInitiativeException(id);
		}
	}

	private record Resolved(LocalityView locality, Initiative initiative) {
	}

	/** The locality and the model, both in the user's writable scope; every problem reported at once. */
	private Resolved resolve(EventInput in) {
		InitiativeRuleException.Rules rules = new InitiativeRuleException.Rules();
		LocalityView locality = null;
		if (in.localityCode() != null && !in.localityCode().isBlank()) {
			String code = in.localityCode().strip();
			LocalDate on = in.heldOn() == null ? LocalDate.now(clock) : in.heldOn();
			locality = localities.findByCode(code, on).or(() -> localities.findLatestByCode(code)).orElse(null);
			if (locality == null) {
				rules.reject("localityCode", "initiative.event.error.locality.unknown", code);
			}
		}
		else if (in.localityId() != null) {
			locality = localities.find(in.localityId()).orElse(null);
			if (locality == null) {
				rules.reject("localityId", "initiative.event.error.locality.required");
			}
		}
		else {
			rules.reject("localityId", "initiative.event.error.locality.required");
		}
		if (locality != null && !access.canEdit(locality.path())) {
			rules.reject(in.localityCode() != null && !in.localityCode().isBlank() ? "localityCode" : "localityId",
					"initiative.event.error.locality.outOfScope", locality.fullName());
			locality = null;
		}
		Initiative initiative = null;
		if (in.initiativeId() != null) {
			initiative = initiatives.findById(in.initiativeId()).filter(i -> access.canRead(i.scopePath())).orElse(null);
			if (initiative == null) {
				rules.reject("initiativeId", "initiative.event.error.model.unknown");
			}
		}
		if (locality == null && !rules.any()) {
			rules.reject("localityId", "initiative.event.error.locality.required");
		}
		// The entity's own rules (name, date, the model's place) join the problems found here.
		LocalityView l = locality;
		Initiative m = initiative;
		rules.check(() -> InitiativeEvent.record(in.name(), in.heldOn(), l, "", m, in.description(), clock.instant()));
		rules.throwIfAny();
		return new Resolved(locality, initiative);
	}

	/**
	 * The localities an event may be held at: the root of the user's scope and what lies directly
	 * under it on the day (communes of a district, villages of a commune), and the current one.
	 * Empty for users without a root (national administrators), who type an official code.
	 */
	List<Choice> localityChoices(LocalDate on, Long currentId) {
		List<Choice> choices = new ArrayList<>();
		Long rootId = CurrentUser.get().map(ScopedPrincipal::scopeLocalityId).orElse(null);
		if (rootId != null) {
			localities.find(rootId).ifPresent(root -> {
				choices.add(new Choice(root.id(), root.fullName()));
				LocalDate day = on == null ? LocalDate.now(clock) : on;
				if (root.validTo() != null && day.isAfter(root.validTo())) {
					day = root.validTo();
				}
				localities.childrenOn(root.id(), day, CHOICES).stream().filter(c -> access.canRead(c.path()))
					.forEach(c -> choices.add(new Choice(c.id(), "– " + c.fullName())));
			});
		}
		if (currentId != null && choices.stream().noneMatch(c -> c.id() == currentId)) {
			localities.find(currentId).filter(l -> access.canRead(l.path()))
				.ifPresent(l -> choices.add(new Choice(l.id(), l.fullName())));
		}
		return choices;
	}

	/** The models an event may belong to: those in scope, in Vietnamese order, and the current one. */
	List<Choice> modelChoices(Long currentId) {
		List<Choice> choices = new ArrayList<>(initiatives
			.findAll(access.<Initiative>readable(), PageRequest.of(0, CHOICES, InitiativeQuery.ORDER)).stream()
			.map(i -> new Choice(i.id(), i.name() + " – " + i.communeName())).toList());
		if (currentId != null && choices.stream().noneMatch(c -> c.id() == currentId)) {
			initiatives.findById(currentId).filter(i -> access.canRead(i.scopePath()))
				.ifPresent(i -> choices.add(new Choice(i.id(), i.name() + " – " + i.communeName())));
		}
		return choices;
	}

	private EventCard card(InitiativeEvent event) {
		Initiative model = event.initiativeId() == null ? null
				: initiatives.findById(event.initiativeId()).filter(i -> access.canRead(i.scopePath())).orElse(null);
		String localityName = localities.find(event.localityId()).map(LocalityView::fullName).orElse(event.placeText());
		return new EventCard(view(event, model), localityName, event.version(), access.canEdit(event.scopePath()));
	}

	/** A model out of the user's scope is not named (nor linked). */
	private EventView view(InitiativeEvent event, Initiative model) {
		boolean visible = model != null && access.canRead(model.scopePath());
		EventView v = event.view(visible ? model.name() : null);
		return visible ? v : new EventView(v.id(), v.name(), v.heldOn(), v.localityId(), v.placeText(), null, null,
				v.description());
	}

}
