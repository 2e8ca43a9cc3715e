package vn.mohinh.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.inspection.InspectionRegularity;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.meeting.MeetingViews.ActionItemRow;
import vn.mohinh.meeting.MeetingViews.MeetingCard;
import vn.mohinh.meeting.MeetingViews.MeetingRow;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.text.VietnameseText;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The use cases of meetings and their action items for pages, API and export. Every path checks
 * scope through {@link ScopeGuard} (outside: 404; viewers: 403 on writes); the rules live in
 * {@link Meeting} and {@link ActionItem}; each change is one transaction.
 */
@Service
@Transactional(readOnly = true)
class MeetingService {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	static final Sort MEETING_ORDER = Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id"));
	static final Sort ITEM_ORDER = Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("id"));
	static final int MAX_CHOICES = 500;
	/** Models listed in a prepared agenda. */
	static final int AGENDA_MODELS = 20;

	private final Meetings meetings;
	private final ActionItems items;
	private final Commitments commitments;
	private final OrganisationDirectory organisations;
	private final InitiativeDirectory models;
	private final InspectionRegularity regularity;
	private final LocalityDirectory localities;
	private final ScopeGuard scope;
	private final MessageSource messages;
	private final Clock clock = Clock.system(VIETNAM);

	MeetingService(Meetings meetings, ActionItems items, Commitments commitments, OrganisationDirectory organisations,
			InitiativeDirectory models, InspectionRegularity regularity, LocalityDirectory localities, ScopeGuard scope,
			MessageSource messages) {
		this.meetings = meetings;
		this.items = items;
		this.commitments = commitments;
		this.organisations = organisations;
		this.models = models;
		this.regularity = regularity;
		this.localities = localities;
		this.scope = scope;
		this.messages = messages;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	// ---- areas and choices ----

	/** A locality by official code (today's, or the one before the 2025 reform); empty for a blank code. */
	Optional<LocalityView> localityByCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String c = code.strip();
		return localities.findByCode(c, today()).or(() -> localities.findByCode(c, LocalDate.of(2025, 6, 30)));
	}

	/** The subtree of a locality the user sees, NOWHERE for an unknown code or one outside the scope. */
	Scope area(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return localityByCode(code).filter(l -> scope.canRead(l.path())).map(l -> scope.scopeOfRoot(l.id()))
			.orElse(Scope.NOWHERE);
	}

	List<OrganisationView> organisationChoices() {
		return organisations.search("", MAX_CHOICES);
	}

	/** An organisation in scope (else 404). */
	OrganisationView organisation(long id) {
		OrganisationView o = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
		scope.requireReadable(o.scopePath());
		return o;
	}

	List<PersonView> peopleOf(long organisationId) {
		return organisations.peopleOf(organisationId);
	}

	/** Models in scope to choose from (the first ones in Vietnamese order). */
	List<InitiativeView> modelChoices() {
		return models.inScope(PageRequest.of(0, 200)).getContent();
	}

	boolean mayCreate() {
		return CurrentUser.get().map(ScopedPrincipal::canEdit).orElse(false);
	}

	void requireEditor() {
		scope.requireEditor();
	}

	// ---- meetings ----

	record MeetingCriteria(Scope within, Long organisationId, Integer year, Long initiativeId, boolean withWithdrawn) {
	}

	Page<MeetingRow> list(MeetingCriteria c, Pageable pageable) {
		Specification<Meeting> spec = scope.<Meeting>within("scopePath").and((root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (c.within() != null) {
				all.add(prefixes(cb, root.get("scopePath"), c.within()));
			}
			if (c.organisationId() != null) {
				all.add(cb.equal(root.get("organisationId"), c.organisationId()));
			}
			if (c.year() != null) {
				all.add(cb.between(root.get("date"), LocalDate.of(c.year(), 1, 1), LocalDate.of(c.year(), 12, 31)));
			}
			if (c.initiativeId() != null) {
				all.add(cb.equal(root.join("models").get("initiativeId"), c.initiativeId()));
			}
			if (!c.withWithdrawn()) {
				all.add(cb.isNull(root.get("withdrawnAt")));
			}
			return cb.and(all.toArray(Predicate[]::new));
		});
		return meetings.findAll(spec, pageable).map(m -> new MeetingRow(m.id(), m.date(), m.kind(), m.topic(),
				m.organisationName(), (int) m.attendees().stream().filter(Attendee::present).count(), m.attendees().size(),
				m.withdrawn()));
	}

	static Predicate prefixes(jakarta.persistence.criteria.CriteriaBuilder cb,
			jakarta.persistence.criteria.Expression<String> path, Scope area) {
		if (area.everywhere()) {
			return cb.conjunction();
		}
		List<Predicate> any = new ArrayList<>();
		for (String prefix : area.prefixes()) {
			any.add(cb.like(path, prefix + "%"));
		}
		return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
	}

	MeetingCard read(long id) {
		Meeting m = meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
		scope.requireReadable(m.scopePath());
		return card(m);
	}

	MeetingCard readForChange(long id) {
		Meeting m = meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
		scope.requireWritable(m.scopePath());
		return card(m);
	}

	private MeetingCard card(Meeting m) {
		LocalDate today = today();
		List<ActionItemRow> rows = items.findByMeeting(m.id()).stream()
			.map(a -> MeetingViews.row(a, m.date(), m.organisationName(), today)).toList();
		return new MeetingCard(m.id(), m.organisationId(), m.organisationName(), m.partyBody(), m.scopePath(), m.date(),
				m.kind(), m.topic(), m.place(), m.guests(), m.chairId(), m.chairName(), m.secretaryId(), m.secretaryName(),
				m.agenda(), m.minutes(), m.attendees(), m.resolutions(), m.models(), rows, m.withdrawnReason(),
				m.withdrawn(), m.version(), scope.canEdit(m.scopePath()) && !m.withdrawn());
	}

	/** The models a record names, each in scope (else the field is refused), with their names now. */
	List<DiscussedModel> discussed(List<Long> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		Map<Long, InitiativeView> found = models.findAll(ids);
		List<DiscussedModel> result = new ArrayList<>();
		for (Long id : ids.stream().distinct().toList()) {
			InitiativeView v = found.get(id);
			if (v == null || !scope.canRead(v.scopePath())) {
				throw new MeetingRuleException("modelIds", "meeting.error.model.unknown");
			}
			result.add(new DiscussedModel(v.id(), v.name()));
		}
		return result;
	}

	@Transactional
	long create(long organisationId, Meeting.Record record) {
		OrganisationView o = organisation(organisationId);
		scope.requireWritable(o.scopePath());
		Meeting m = Meeting.hold(o, record, peopleOf(organisationId), username(), Instant.now());
		return meetings.save(m).id();
	}

	void check(long organisationId, Meeting.Record record) {
		Meeting.check(record, peopleOf(organisationId));
	}

	@Transactional
	void revise(long id, long version, Meeting.Record record) {
		Meeting m = meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
		scope.requireWritable(m.scopePath());
		m.requireVersion(version);
		m.revise(record, peopleOf(m.organisationId()), Instant.now());
		meetings.saveAndFlush(m);
	}

	@Transactional
	void withdraw(long id, long version, String reason) {
		Meeting m = meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
		scope.requireWritable(m.scopePath());
		m.requireVersion(version);
		m.withdraw(reason, Instant.now());
		// What a withdrawn meeting decided is no longer owed: its open items end with the reason, so no
		// list, figure or reminder counts them.
		String dropped = msg("actionItem.dropped.withdrawn", m.withdrawnReason());
		items.findByMeeting(id).stream().filter(a -> a.status() == ActionItemStatus.OPEN).forEach(a -> a.drop(dropped));
		meetings.saveAndFlush(m);
	}

	/**
	 * A new regular meeting's record prepared from the template: the models due or overdue for
	 * inspection in the organisation's area, its open action items and, in June/July or
	 * November/December, the members' commitments waiting for their review; every person present.
	 */
	Meeting.Record prepare(long organisationId, LocalDate date) {
		OrganisationView o = organisation(organisationId);
		scope.requireWritable(o.scopePath());
		List<PersonView> people = peopleOf(organisationId).stream().filter(PersonView::active).toList();
		StringBuilder agenda = new StringBuilder();
		int n = 1;
		agenda.append(n++).append(". ").append(msg("meeting.prepare.previous")).append('\n');
		List<InspectionRegularity.DueModel> due = regularity.dueOrOverdue(scope.scopeOfRoot(o.localityId()), date,
				AGENDA_MODELS);
		if (!due.isEmpty()) {
			agenda.append(n++).append(". ").append(msg("meeting.prepare.inspections")).append('\n');
			for (InspectionRegularity.DueModel d : due) {
				agenda.append("   - ").append(msg(d.overdue() ? "meeting.prepare.model.overdue" : "meeting.prepare.model.due",
						d.name(), d.communeName(), d.dueOn().format(DAY))).append('\n');
			}
		}
		List<ActionItem> open = items.openOf(organisationId, Limit.of(50));
		if (!open.isEmpty()) {
			agenda.append(n++).append(". ").append(msg("meeting.prepare.actionItems")).append('\n');
			for (ActionItem a : open) {
				agenda.append("   - ").append(msg("meeting.prepare.actionItem", a.body(), a.personName(),
						a.dueDate().format(DAY))).append('\n');
			}
		}
		ReviewKind review = reviewDue(date);
		if (review != null) {
			List<Long> ids = people.stream().filter(PersonView::partyMember).map(PersonView::id).toList();
			List<Commitment> waiting = ids.isEmpty() ? List.of() : commitments.findOf(ids, date.getYear()).stream()
				.filter(c -> c.reviews().stream().noneMatch(r -> r.reviewKind() == review)).toList();
			agenda.append(n++).append(". ").append(msg("meeting.prepare.commitments." + review.name(),
					String.valueOf(date.getYear()))).append('\n');
			for (Commitment c : waiting) {
				agenda.append("   - ").append(c.personName()).append('\n');
			}
		}
		agenda.append(n).append(". ").append(msg("meeting.prepare.next"));
		List<Meeting.AttendanceInput> attendance = people.stream()
			.map(p -> new Meeting.AttendanceInput(p.id(), true, null)).toList();
		String topic = msg("meeting.prepare.topic", date.format(DateTimeFormatter.ofPattern("MM/yyyy")));
		return new Meeting.Record(date, MeetingKind.REGULAR, topic, null, null, null, null, agenda.toString(), null,
				attendance, List.of(), List.of());
	}

	/** Commitments are reviewed at the mid-year (June, July) and the year-end (November, December) meeting. */
	static ReviewKind reviewDue(LocalDate date) {
		return switch (date.getMonthValue()) {
			case 6, 7 -> ReviewKind.MID_YEAR;
			case 11, 12 -> ReviewKind.YEAR_END;
			default -> null;
		};
	}

	// ---- action items ----

	record ItemCriteria(Scope within, ActionItemStatus status, boolean overdue, Long organisationId, Long personId,
			Long meetingId) {
	}

	Page<ActionItemRow> items(ItemCriteria c, Pageable pageable) {
		LocalDate today = today();
		Specification<ActionItem> spec = scope.<ActionItem>within("scopePath").and((root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (c.within() != null) {
				all.add(prefixes(cb, root.get("scopePath"), c.within()));
			}
			if (c.overdue()) {
				all.add(cb.equal(root.get("status"), ActionItemStatus.OPEN));
				all.add(cb.lessThan(root.get("dueDate"), today));
			}
			else if (c.status() != null) {
				all.add(cb.equal(root.get("status"), c.status()));
			}
			if (c.organisationId() != null) {
				all.add(cb.equal(root.get("organisationId"), c.organisationId()));
			}
			if (c.personId() != null) {
				all.add(cb.equal(root.get("personId"), c.personId()));
			}
			if (c.meetingId() != null) {
				all.add(cb.equal(root.get("meetingId"), c.meetingId()));
			}
			return cb.and(all.toArray(Predicate[]::new));
		});
		Page<ActionItem> page = items.findAll(spec, pageable);
		Set<Long> meetingIds = page.getContent().stream().map(ActionItem::meetingId).collect(Collectors.toSet());
		Map<Long, Meeting> byId = new HashMap<>();
		meetings.findAllById(meetingIds).forEach(m -> byId.put(m.id(), m));
		return page.map(a -> {
			Meeting m = byId.get(a.meetingId());
			return MeetingViews.row(a, m.date(), m.organisationName(), today);
		});
	}

	ActionItemRow item(long id) {
		ActionItem a = items.findById(id).orElseThrow(() -> new NotFoundException("action item", id));
		scope.requireReadable(a.scopePath());
		Meeting m = meetings.findById(a.meetingId()).orElseThrow();
		return MeetingViews.row(a, m.date(), m.organisationName(), today());
	}

	record ItemInput(String body, Long personId, LocalDate dueDate, Long initiativeId) {
	}

	@Transactional
	long addItem(long meetingId, ItemInput input) {
		Meeting m = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
		scope.requireWritable(m.scopePath());
		List<PersonView> people = peopleOf(m.organisationId());
		PersonView person = input.personId() == null ? null
				: people.stream().filter(p -> p.id() == input.personId()).findFirst().orElse(null);
		boolean foreign = input.personId() != null && person == null;
		ActionItem.check(input.body(), foreign ? placeholder(input.personId()) : person, !foreign, input.dueDate(), m.date());
		String modelName = null;
		if (input.initiativeId() != null) {
			modelName = discussedFor(input.initiativeId());
		}
		ActionItem item = ActionItem.decide(m, input.body(), person, input.dueDate(), input.initiativeId(), modelName,
				Instant.now());
		return items.save(item).id();
	}

	private String discussedFor(long initiativeId) {
		try {
			return discussed(List.of(initiativeId)).get(0).initiativeName();
		}
		catch (MeetingRuleException ex) {
			throw new MeetingRuleException("initiativeId", "meeting.error.model.unknown");
		}
	}

	private static PersonView placeholder(long id) {
		return new PersonView(id, "", null, null, null, false, false, null, null, 0, null, false);
	}

	record StatusChange(ActionItemStatus status, LocalDate doneOn, String reason) {
	}

	@Transactional
	void changeStatus(long id, long version, StatusChange change) {
		ActionItem a = items.findById(id).orElseThrow(() -> new NotFoundException("action item", id));
		scope.requireWritable(a.scopePath());
		a.requireVersion(version);
		Meeting m = meetings.findById(a.meetingId()).orElseThrow();
		if (change.status() == null) {
			throw new MeetingRuleException("status", "actionItem.error.status.required");
		}
		switch (change.status()) {
			case DONE -> a.complete(change.doneOn(), m.date(), today());
			case DROPPED -> a.drop(change.reason());
			case OPEN -> a.reopen();
		}
		items.saveAndFlush(a);
	}

	private String username() {
		return CurrentUser.get().map(ScopedPrincipal::username).orElse(null);
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, VietnameseText.VI);
	}

}
