package vn.mohinh.initiative;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.account.AuditTrail;

/**
 * A model's history for its page: every audited change (Envers), who made it and when (asked of
 * the account module's {@link AuditTrail}), and which parts it touched, found by comparing each of
 * the model's own audit rows with the one before.
 */
@Component
@Transactional(readOnly = true)
class InitiativeHistory {

	/** Columns of the model compared between revisions, with the part of the page each belongs to. */
	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("name", "name"),
			Map.entry("type_id", "type"), Map.entry("commune_id", "commune"), Map.entry("start_date", "dates"),
			Map.entry("end_date", "dates"), Map.entry("lead_organisation_id", "lead"),
			Map.entry("person_in_charge_id", "personInCharge"), Map.entry("description", "description"),
			Map.entry("published", "published"), Map.entry("status", "status"), Map.entry("status_reason", "status"),
			Map.entry("origin_id", "lineage"), Map.entry("current_level", "level"),
			Map.entry("overlap_reason", "overlap"));

	private static final Map<String, String> COLLECTIONS = Map.of("initiative_site_aud", "sites", "initiative_level_aud",
			"level", "initiative_partner_aud", "partners", "initiative_document_aud", "documents",
			"initiative_target_aud", "targets", "initiative_registration_aud", "registration", "initiative_file_aud",
			"files");

	private final JdbcClient jdbc;
	private final AuditTrail trail;

	InitiativeHistory(JdbcClient jdbc, AuditTrail trail) {
		this.jdbc = jdbc;
		this.trail = trail;
	}

	/** A change on the timeline; {@code parts} are message-key suffixes (initiative.part.*). */
	public record Change(long revision, LocalDateTime at, String username, boolean created, List<String> parts) {
	}

	/** Newest first; the audit trail itself (who and when) belongs to the account module. */
	List<Change> of(long initiativeId) {
		Map<Long, AuditTrail.Revision> revisions = new java.util.HashMap<>();
		trail.revisionsOf(Initiative.class, initiativeId).forEach(r -> revisions.put(r.id(), r));
		List<Map<String, Object>> rows = jdbc.sql("select a.* from initiative_aud a where a.id = ? order by a.rev")
			.param(initiativeId).query().listOfRows();
		Map<Long, Set<String>> collectionParts = new java.util.HashMap<>();
		for (var table : COLLECTIONS.entrySet()) {
			for (Long rev : jdbc.sql("select distinct rev from " + table.getKey() + " where initiative_id = ?")
				.param(initiativeId).query(Long.class).list()) {
				collectionParts.computeIfAbsent(rev, k -> new TreeSet<>()).add(table.getValue());
			}
		}
		List<Change> changes = new ArrayList<>();
		Map<String, Object> before = null;
		for (Map<String, Object> row : rows) {
			long rev = ((Number) value(row, "rev")).longValue();
			Set<String> parts = new TreeSet<>(collectionParts.getOrDefault(rev, Set.of()));
			boolean created = before == null;
			if (!created) {
				for (var column : COLUMNS.entrySet()) {
					if (!Objects.equals(value(before, column.getKey()), value(row, column.getKey()))) {
						parts.add(column.getValue());
					}
				}
			}
			AuditTrail.Revision revision = revisions.get(rev);
			LocalDateTime when = revision == null ? null : revision.at();
			changes.add(new Change(rev, when, revision == null ? null : revision.username(), created, List.copyOf(parts)));
			before = row;
		}
		java.util.Collections.reverse(changes);
		return changes;
	}

	/** Column labels come back upper case from H2 and lower case from PostgreSQL. */
	private static Object value(Map<String, Object> row, String column) {
		Object v = row.get(column);
		return v != null || row.containsKey(column) ? v : row.get(column.toUpperCase());
	}

}
