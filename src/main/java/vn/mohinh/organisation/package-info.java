/**
 * Organisations (cơ quan, tổ chức) and people (cán bộ, đảng viên): Front committees and their boards,
 * Party cells and committees, courts and governments at a locality, with their people. A Party
 * cell's make-up is counted from its people. Other modules use {@link vn.mohinh.organisation.OrganisationDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cơ quan, tổ chức (organisations)")
package vn.mohinh.organisation;
