package vn.mohinh.commendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;

/**
 * The list of commendations in SQL: a commendation is listed when one of its recipients lies in the
 * user's scope (and in the locality filtered on), newest first; each row names only the recipients
 * in scope. Backed by ix_commendation_recipient_scope / _ref and ix_commendation_year (V24, V24_1).
 */
@Component
class CommendationQuery {

	/** What the list is filtered on; {@code within} is a locality's subtree, null for the whole scope. */
	record Criteria(Scope within, Integer year, CommendationKind kind, Award award, RecipientKind recipientKind,
			Long initiativeId, boolean withdrawn) {
	}

	private final JdbcClient jdbc;
	private final ScopeGuard scope;

	CommendationQuery(JdbcClient jdbc, ScopeGuard scope) {
		this.jdbc = jdbc;
		this.scope = scope;
	}

	Page<CommendationRow> find(Criteria criteria, Pageable pageable) {
		Scope mine = scope.current();
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" from commendation c where c.withdrawn = ?");
		params.add(criteria.withdrawn());
		if (CommendationFigures.nothingIn(mine) || (criteria.within() != null && CommendationFigures.nothingIn(criteria.within()))) {
			return Page.empty(pageable);
		}
		where.append(recipientExists(mine, null, null, params));
		if (criteria.within() != null) {
			where.append(recipientExists(criteria.within(), null, null, params));
		}
		if (criteria.recipientKind() != null) {
			where.append(recipientExists(mine, criteria.recipientKind(), null, params));
		}
		if (criteria.initiativeId() != null) {
			where.append(recipientExists(Scope.EVERYWHERE, RecipientKind.MODEL, criteria.initiativeId(), params));
		}
		if (criteria.year() != null) {
			where.append(" and c.award_year = ?");
			params.add(criteria.year());
		}
		if (criteria.kind() != null) {
			where.append(" and c.kind = ?");
			params.add(criteria.kind().name());
		}
		if (criteria.award() != null) {
			where.append(" and c.award = ?");
			params.add(criteria.award().name());
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		if (total == 0) {
			return new PageImpl<>(List.of(), pageable, 0);
		}
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<CommendationRow> rows = jdbc.sql("""
				select c.id, c.kind, c.award_category, c.award, c.body_name, c.body_level, c.decision_number, c.recognised_on,
				c.award_year, c.occasion, c.movement, c.withdrawn""" + where
				+ " order by c.recognised_on desc, c.id desc limit ? offset ?")
			.params(pageParams).query((rs, n) -> row(rs, List.of())).list();
		Map<Long, List<String>> names = recipientNames(rows.stream().map(CommendationRow::id).toList(), mine);
		List<CommendationRow> named = rows.stream().map(r -> new CommendationRow(r.id(), r.kind(), r.category(), r.award(),
				r.bodyName(), r.bodyLevel(), r.decisionNumber(), r.recognisedOn(), r.year(), r.occasion(), r.movement(),
				r.withdrawn(), names.getOrDefault(r.id(), List.of()))).toList();
		return new PageImpl<>(named, pageable, total);
	}

	/** The names of the recipients in {@code area} of these commendations, in their order. */
	Map<Long, List<String>> recipientNames(List<Long> ids, Scope area) {
		Map<Long, List<String>> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		List<Object> params = new ArrayList<>(ids);
		String in = String.join(",", ids.stream().map(i -> "?").toList());
		jdbc.sql("select r.commendation_id, r.name from commendation_recipient r where r.commendation_id in (" + in + ")"
				+ CommendationFigures.recipientIn("r", area, params) + " order by r.commendation_id, r.position")
			.params(params)
			.query((rs, n) -> names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return names;
	}

	private static String recipientExists(Scope area, RecipientKind kind, Long refId, List<Object> params) {
		StringBuilder sql = new StringBuilder(" and exists (select 1 from commendation_recipient r where r.commendation_id = c.id");
		if (kind != null) {
			sql.append(" and r.kind = ?");
			params.add(kind.name());
		}
		if (refId != null) {
			sql.append(" and r.ref_id = ?");
			params.add(refId);
		}
		sql.append(CommendationFigures.recipientIn("r", area, params));
		return sql.append(")").toString();
	}

	private static CommendationRow row(ResultSet rs, List<String> names) throws SQLException {
		return new CommendationRow(rs.getLong(1), CommendationKind.valueOf(rs.getString(2)),
				rs.getString(3) == null ? null : AwardCategory.valueOf(rs.getString(3)),
				rs.getString(4) == null ? null : Award.valueOf(rs.getString(4)), rs.getString(5),
				BodyLevel.valueOf(rs.getString(6)), rs.getString(7), rs.getDate(8).toLocalDate(), rs.getInt(9),
				rs.getString(10), rs.getString(11), rs.getBoolean(12), names);
	}

}
