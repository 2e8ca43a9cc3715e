package vn.mohinh.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityKind;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The decisions other modules (evaluations) may take on a model: keep it, replicate it into villages,
 * convert it into a model of another type, or stop it. Each checks the user's scope and the model's
 * rules and runs in the caller's transaction, so that a decision is stored with its model changes or
 * not at all. A broken rule is thrown as {@link Refused}, with message keys to show.
 */
@Service
public class InitiativeLifecycle {

	private final InitiativeService service;
	private final Initiatives initiatives;
	private final LocalityDirectory localities;

	InitiativeLifecycle(InitiativeService service, Initiatives initiatives, LocalityDirectory localities) {
		this.service = service;
		this.initiatives = initiatives;
		this.localities = localities;
	}

	/** Judged worth keeping as it is; a model already maintained stays so (a yearly decision). */
	@Transactional
	public void maintain(long initiativeId, LocalDate on) {
		Initiative model = model(initiativeId);
		if (model.status() == InitiativeStatus.MAINTAINED) {
			return;
		}
		refusedIfBroken(() -> service.maintain(initiativeId, model.version(), on));
	}

	/**
	 * New models of the same type, one in each village (in the village's commune), linked to the origin
	 * as replications; each starts on {@code on} with a draft registration for its year. {@code note}
	 * is kept as the reason when the same type already runs in a target village.
	 *
	 * @return the new models' ids, in the order of the villages
	 */
	@Transactional
	public List<Long> replicate(long originId, List<Long> villageIds, LocalDate on, String note) {
		Initiative origin = model(originId);
		if (villageIds == null || villageIds.isEmpty()) {
			throw new Refused("villageIds", "initiative.error.villages.required");
		}
		List<Long> created = new ArrayList<>();
		for (Long villageId : villageIds.stream().distinct().toList()) {
			LocalityView village = localities.find(villageId)
				.orElseThrow(() -> new Refused("villageIds", "initiative.error.lifecycle.villageUnknown", villageId));
			LocalityView commune = village.parentId() == null ? null : localities.find(village.parentId()).orElse(null);
			if (commune == null) {
				throw new Refused("villageIds", "initiative.error.lifecycle.villageUnknown", village.name());
			}
			InitiativeInput input = copy(origin, origin.typeId(), communeCodeOn(commune, on), List.of(villageId), on, note);
			created.add(refusedIfBroken(() -> service.create(input, originId, LineageRelation.REPLICATION, null)));
		}
		return created;
	}

	/** A successor of another type in the same commune and villages; the origin is closed with the reason. */
	@Transactional
	public long convert(long originId, long newTypeId, LocalDate on, String reason) {
		Initiative origin = model(originId);
		List<Long> villages = origin.sites().stream().map(Site::villageId).toList();
		String communeCode = localities.find(origin.communeId()).map(c -> communeCodeOn(c, on)).orElse(origin.communeCode());
		InitiativeInput input = copy(origin, newTypeId, communeCode, villages, on, reason);
		return refusedIfBroken(() -> service.create(input, originId, LineageRelation.CONVERSION, reason));
	}

	/** Stopped on a day, with the reason; the model is closed. */
	@Transactional
	public void discontinue(long initiativeId, LocalDate on, String reason) {
		Initiative model = model(initiativeId);
		refusedIfBroken(() -> service.discontinue(initiativeId, model.version(), on, reason));
	}

	/**
	 * The code of the commune a new model in this commune's villages belongs to on a day: the commune
	 * itself while it exists, afterwards the commune it was merged whole into (the 2025 reform), whose
	 * villages include its own (docs/decisions/0003).
	 */
	private String communeCodeOn(LocalityView commune, LocalDate on) {
		if (on == null || commune.validOn(on)) {
			return commune.code();
		}
		return localities.unitsCovering(commune.path()).stream().map(localities::find).flatMap(java.util.Optional::stream)
			.filter(l -> l.kind().level() == LocalityKind.Level.COMMUNE && l.validOn(on)).map(LocalityView::code)
			.findFirst().orElse(commune.code());
	}

	/** The model, if the user may change it: outside the scope it is not found, for a viewer forbidden. */
	private Initiative model(long id) {
		service.readForChange(id);
		return initiatives.findById(id).orElseThrow(() -> new NotFoundException("initiative", id));
	}

	private static InitiativeInput copy(Initiative origin, long typeId, String communeCode, List<Long> villageIds,
			LocalDate on, String note) {
		Ref lead = origin.lead();
		Ref inCharge = origin.personInCharge();
		return new InitiativeInput(origin.name(), typeId, communeCode, villageIds, List.of(), on, null, null,
				on == null ? null : on.getYear(), lead == null ? null : lead.id(), null,
				inCharge == null ? null : inCharge.id(), null, List.of(), List.copyOf(origin.documentIds()), List.of(),
				origin.description(), false, note);
	}

	private static void refusedIfBroken(Runnable action) {
		refusedIfBroken(() -> {
			action.run();
			return null;
		});
	}

	private static <T> T refusedIfBroken(java.util.function.Supplier<T> action) {
		try {
			return action.get();
		}
		catch (InitiativeRuleException ex) {
			List<Refused.Reason> reasons = ex.violations().stream()
				.map(v -> new Refused.Reason(v.field(), v.messageKey(), v.args())).toList();
			throw new Refused(reasons);
		}
	}

	/** The decision broke a rule of the register; each reason names a message key and its arguments. */
	public static class Refused extends RuntimeException {

		public record Reason(String field, String messageKey, Object[] args) {
		}

		private final List<Reason> reasons;

		Refused(String field, String messageKey, Object... args) {
			this(List.of(new Reason(field, messageKey, args)));
		}

		Refused(List<Reason> reasons) {
			super(reasons.get(0).messageKey());
			this.reasons = List.copyOf(reasons);
		}

		public List<Reason> reasons() {
			return reasons;
		}

	}

}
