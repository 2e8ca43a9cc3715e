package vn.mohinh.inspection;

import vn.mohinh.initiative.PilotLevel;

/** The policy of one pilot level as pages show it. */
public record InspectionPolicyView(PilotLevel level, int months, long version) {
}
