package vn.mohinh.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.initiative.InitiativeTypeCatalogue;
import vn.mohinh.initiative.InitiativeTypeView;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The regularity lists of the pages, the API and the export: overdue and due-soon models and the
 * calendar of due dates, within the signed-in user's scope and, when a locality code is given, its
 * subtree (a locality outside the scope does not exist for the user: 404).
 */
@Service
@Transactional(readOnly = true)
class RegularityService {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Before 1/7/2025 codes meant other units; a code no longer in use is read on the reform's eve. */
	private static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);

	private final RegularityQuery query;
	private final InspectionPolicyService policies;
	private final ScopeGuard scopes;
	private final LocalityDirectory localities;
	private final InitiativeDirectory initiatives;
	private final InitiativeTypeCatalogue types;
	private final Clock clock = Clock.system(VIETNAM);

	RegularityService(RegularityQuery query, InspectionPolicyService policies, ScopeGuard scopes,
			LocalityDirectory localities, InitiativeDirectory initiatives, InitiativeTypeCatalogue types) {
		this.query = query;
		this.policies = policies;
		this.scopes = scopes;
		this.localities = localities;
		this.initiatives = initiatives;
		this.types = types;
	}

	/** Where a list looks: prefixes within the user's scope, and the locality chosen (null: the whole scope). */
	record Area(Scope scope, LocalityView locality) {
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The user's scope, narrowed to the subtree of the locality with this official code. */
	Area area(String code) {
		Scope user = scopes.current();
		if (code == null || code.isBlank()) {
			return new Area(user, null);
		}
		String c = code.strip();
		LocalityView locality = localities.findByCode(c, today()).or(() -> localities.findByCode(c, BEFORE_REFORM))
			.orElseThrow(() -> new NotFoundException("locality", c));
		Scope within = intersect(user, scopes.scopeOfRoot(locality.id()));
		if (within.prefixes().isEmpty()) {
			throw new NotFoundException("locality", c);
		}
		return new Area(within, locality);
	}

	/**
	 * The parts of a subtree (with the units merged into it) that a user's scope covers: the subtree's
	 * prefixes the scope covers, and the scope's prefixes that lie inside the subtree.
	 */
	static Scope intersect(Scope user, Scope subtree) {
		if (user.everywhere()) {
			return subtree;
		}
		Set<String> prefixes = new LinkedHashSet<>();
		for (String prefix : subtree.prefixes()) {
			if (user.covers(prefix)) {
				prefixes.add(prefix);
			}
		}
		for (String prefix : user.prefixes()) {
			if (subtree.covers(prefix)) {
				prefixes.add(prefix);
			}
		}
		return new Scope(false, List.copyOf(prefixes));
	}

	List<InspectionPolicyView> policy() {
		return policies.all();
	}

	List<InitiativeTypeView> types() {
		return types.all();
	}

	Page<RegularityRow> list(RegularityQuery.Kind kind, Area area, Long typeId, LocalDate day, Pageable pageable) {
		RegularityRule rule = policies.rule();
		return rows(query.list(kind, new RegularityQuery.Criteria(area.scope(), typeId, day), rule, pageable), day, rule);
	}

	/** A month of due dates: how many models fall due each day, and the models of one day, a page. */
	RegularityCalendar calendar(Area area, Long typeId, YearMonth month, LocalDate selected, Pageable pageable) {
		RegularityRule rule = policies.rule();
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		// The level that counts is that of the month's year, for models running at its start.
		RegularityQuery.Criteria criteria = new RegularityQuery.Criteria(area.scope(), typeId, first);
		Map<LocalDate, Long> counts = query.dueCounts(criteria, first, last, rule);
		LocalDate day = selected != null && YearMonth.from(selected).equals(month) ? selected
				: counts.keySet().stream().filter(d -> !d.isBefore(today())).findFirst()
					.orElse(counts.isEmpty() ? null : counts.keySet().iterator().next());
		Page<RegularityRow> models = day == null ? Page.empty(pageable)
				: rows(query.dueOn(criteria, day, rule, pageable), today(), rule);
		return RegularityCalendar.of(month, counts, today(), day, models);
	}

	/** Every row of a list, page by page, for the export. */
	Iterable<RegularityRow> all(RegularityQuery.Kind kind, Area area, Long typeId, LocalDate day) {
		RegularityRule rule = policies.rule();
		RegularityQuery.Criteria criteria = new RegularityQuery.Criteria(area.scope(), typeId, day);
		return vn.mohinh.shared.excel.ExcelExport.pages(p -> rows(query.list(kind, criteria, rule, p), day, rule),
				PageRequest.of(0, 500));
	}

	/** The page's models with their type and villages from the initiative module (one query for the page). */
	private Page<RegularityRow> rows(Page<RegularityQuery.Watched> page, LocalDate day, RegularityRule rule) {
		List<Long> ids = new ArrayList<>(page.getContent().stream().map(RegularityQuery.Watched::initiativeId).toList());
		Map<Long, InitiativeView> views = ids.isEmpty() ? Map.of() : initiatives.findAll(ids);
		return page.map(w -> {
			Optional<InitiativeView> view = Optional.ofNullable(views.get(w.initiativeId()));
			LocalDate due = rule.dueOn(w.baseOn(), w.level());
			return new RegularityRow(w.initiativeId(), view.map(InitiativeView::name).orElse(w.name()), w.typeId(),
					view.map(InitiativeView::typeName).orElse(""), view.map(InitiativeView::communeName).orElse(w.communeName()),
					view.map(InitiativeView::villageNames).orElse(List.of()), w.level(), w.startDate(), w.lastInspectedOn(),
					due, ChronoUnit.DAYS.between(due, day));
		});
	}

}
