package vn.mohinh.commendation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import vn.mohinh.locality.Scope;

/**
 * The gap rule in one place: a model rated effective in its evaluation of year Y is recognised when a
 * commendation or praise (not withdrawn) names it as a recipient and is dated from 01/01/Y to
 * 31/12/(Y+1): evaluations close the year, so the recognition usually follows early in the next one.
 */
final class Gaps {

	private Gaps() {
	}

	static LocalDate windowStart(int year) {
		return LocalDate.of(year, 1, 1);
	}

	static LocalDate windowEnd(int year) {
		return LocalDate.of(year + 1, 12, 31);
	}

	/** "from … where …" over commendation_effective_model m, with its parameters added. */
	static String from(Scope area, int year, List<Object> params) {
		params.add(year);
		StringBuilder sql = new StringBuilder(" from commendation_effective_model m where m.eval_year = ? and m.effective = true");
		sql.append(CommendationFigures.recipientIn("m", area, params));
		sql.append("""
				 and not exists (select 1 from commendation_recipient r join commendation c on c.id = r.commendation_id
				 where r.kind = 'MODEL' and r.ref_id = m.initiative_id and c.withdrawn = false
				 and c.recognised_on between ? and ?)""");
		params.add(Date.valueOf(windowStart(year)));
		params.add(Date.valueOf(windowEnd(year)));
		return sql.toString();
	}

}
