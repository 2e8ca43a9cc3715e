package vn.mohinh.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.mohinh.initiative.PilotLevel;

/** The policy, one row per pilot level. */
interface InspectionPolicies extends JpaRepository<InspectionPolicy, PilotLevel> {
}
