/**
 * The register of models (mô hình): types, models with their sites, levels, partners and targets,
 * yearly registration, lifecycle and lineage, and events. {@link vn.mohinh.initiative.InitiativeDirectory}
 * is what later modules (inspections, evaluations, reports) ask.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mô hình (initiatives)")
package vn.mohinh.initiative;
