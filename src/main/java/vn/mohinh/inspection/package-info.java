/**
 * Inspections of models (kiểm tra, giám sát, khảo sát): a dated visit by a team with its findings per
 * criterion, rating, recommendations, follow-up actions, photos and location, the signed minutes as
 * DOCX; and the regularity of inspections (policy, overdue and due-soon lists, reminders).
 * {@link vn.mohinh.inspection.InspectionRecorded} tells who keeps the latest inspection per model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kiểm tra, giám sát (inspections)")
package vn.mohinh.inspection;
