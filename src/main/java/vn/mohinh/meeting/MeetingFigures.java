package vn.mohinh.meeting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The dashboard's and the reports' figures about meetings, action items and commitments, computed
 * live in SQL on this module's tables (indexes of V23 and, on PostgreSQL, V23_1). Withdrawn
 * meetings are not counted; their open action items were dropped when they were withdrawn. Every method refuses, as not found, an area or
 * an organisation the signed-in user may not see.
 */
@Service
@Transactional(readOnly = true)
public class MeetingFigures {

	/** Members are checked against commitments in batches of this many. */
	static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final ScopeGuard scope;
	private final OrganisationDirectory organisations;

	MeetingFigures(JdbcClient jdbc, ScopeGuard scope, OrganisationDirectory organisations) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.organisations = organisations;
	}

	/** Action items still open whose due date lies before {@code on}. */
	public long overdueActionItems(Scope area, LocalDate on) {
		requireVisible(area);
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(on)));
		String sql = "select count(*) from action_item a where a.status = 'OPEN' and a.due_date < ?" + within("a", area, params);
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** Meetings held (not withdrawn) from {@code from} to {@code to}, both included. */
	public long meetingsHeld(Scope area, LocalDate from, LocalDate to) {
		requireVisible(area);
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
		String sql = "select count(*) from meeting m where m.withdrawn_at is null and m.meeting_date between ? and ?"
				+ within("m", area, params);
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** Active party members in the area without a commitment for {@code year}. */
	public long membersWithoutCommitment(Scope area, int year) {
		requireVisible(area);
		long missing = 0;
		long after = 0;
		while (true) {
			List<PersonView> batch = organisations.partyMembersAfter(area, after, BATCH);
			if (batch.isEmpty()) {
				return missing;
			}
			Set<Long> committed = committed(batch.stream().map(PersonView::id).toList(), year);
			missing += batch.stream().filter(p -> !committed.contains(p.id())).count();
			after = batch.get(batch.size() - 1).id();
		}
	}

	/** The meetings of an organisation from {@code from} to {@code to}, oldest first. */
	public List<MeetingSummary> meetingsOf(long organisationId, LocalDate from, LocalDate to) {
		OrganisationView organisation = organisations.find(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation", organisationId));
		scope.requireReadable(organisation.scopePath());
		return jdbc.sql("""
				select m.id, m.meeting_date, m.kind, m.topic,
				  (select count(*) from meeting_model mm where mm.meeting_id = m.id),
				  (select count(*) from action_item a where a.meeting_id = m.id)
				from meeting m where m.organisation_id = ? and m.withdrawn_at is null and m.meeting_date between ? and ?
				order by m.meeting_date, m.id""")
			.params(organisationId, Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> new MeetingSummary(rs.getLong(1), rs.getDate(2).toLocalDate(),
					MeetingKind.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5), rs.getInt(6)))
			.list();
	}

	/** Of these people, those with a commitment for the year. */
	Set<Long> committed(List<Long> personIds, int year) {
		if (personIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select person_id from commitment where commit_year = :year and person_id in (:ids)")
			.param("year", year).param("ids", personIds).query(Long.class).list());
	}

	/** " and (alias.scope_path like ? or …)" for an area that is not the whole country. */
	static String within(String alias, Scope area, List<Object> params) {
		if (area.everywhere()) {
			return "";
		}
		if (area.prefixes().isEmpty()) {
			return " and 1 = 0";
		}
		StringBuilder sql = new StringBuilder(" and (");
		for (int i = 0; i < area.prefixes().size(); i++) {
			sql.append(i == 0 ? "" : " or ").append(alias).append(".scope_path like ?");
			params.add(area.prefixes().get(i).replace("%", "").replace("_", "") + "%");
		}
		return sql.append(")").toString();
	}

	/** The area must lie within what the user sees: every prefix covered, or the user national. */
	private void requireVisible(Scope area) {
		Scope mine = scope.current();
		boolean visible = mine.everywhere() || (!area.everywhere() && area.prefixes().stream().allMatch(mine::covers));
		if (!visible) {
			throw new NotFoundException("area", area.prefixes());
		}
	}

}
