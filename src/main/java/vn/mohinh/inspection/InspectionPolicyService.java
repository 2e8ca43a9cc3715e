package vn.mohinh.inspection;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.initiative.PilotLevel;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;

/** The inspection policy: everyone reads it (lists show it), administrators change it. */
@Service
@Transactional(readOnly = true)
class InspectionPolicyService {

	private final InspectionPolicies policies;

	InspectionPolicyService(InspectionPolicies policies) {
		this.policies = policies;
	}

	/** One row per pilot level, provincial pilots first. */
	List<InspectionPolicyView> all() {
		return policies.findAll().stream().sorted(Comparator.comparing(InspectionPolicy::level))
			.map(InspectionPolicy::view).toList();
	}

	/** The rule with today's policy. */
	RegularityRule rule() {
		Map<PilotLevel, Integer> months = new EnumMap<>(PilotLevel.class);
		policies.findAll().forEach(p -> months.put(p.level(), p.months()));
		return new RegularityRule(months);
	}

	/**
	 * Sets the months of each level given; {@code versions} are those the form was opened with. A
	 * level changed by someone else meanwhile refuses the whole change (nothing saved).
	 */
	@Transactional
	void change(Map<PilotLevel, Integer> months, Map<PilotLevel, Long> versions) {
		boolean admin = CurrentUser.get().map(ScopedPrincipal::isAdmin).orElse(false);
		if (!admin) {
			throw new AccessDeniedException("administrators only");
		}
		List<InspectionPolicy> all = policies.findAll();
		for (InspectionPolicy policy : all) {
			Long seen = versions.get(policy.level());
			if (months.containsKey(policy.level()) && (seen == null || seen != policy.version())) {
				throw new InspectionPolicyStale();
			}
		}
		try {
			for (InspectionPolicy policy : all) {
				Integer wanted = months.get(policy.level());
				if (wanted != null && wanted != policy.months()) {
					policy.allow(wanted);
					policies.saveAndFlush(policy);
				}
			}
		}
		catch (OptimisticLockingFailureException ex) {
			throw new InspectionPolicyStale();
		}
	}

}
