package vn.mohinh.report;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code report_file} (V26): a file of a report made by {@link ReportFileJob}, with its
 * progress. Plain SQL: a row is written by the job (progress, result) and read by the status page; no
 * one edits it. Each update commits on its own so that the page sees the progress as it goes.
 */
@Component
class ReportFiles {

	/** A finished file is offered again for this long instead of a new job (data change meanwhile). */
	static final Duration FRESH = Duration.ofMinutes(10);

	enum Status {
		QUEUED, RUNNING, DONE, FAILED
	}

	/** What a file is: the Word document, the PDF or the Excel annex. */
	enum Kind {
		DOCX, PDF, XLSX
	}

	/** A request and its progress; {@code hash} once done; {@code frozen} for a file of an issued report. */
	record ReportFile(long id, long reportId, Status status, long done, long total, String hash,
			String fileName, Long size, String requestedBy, Long scopeLocalityId, boolean admin, Instant requestedAt,
			Instant finishedAt, Kind kind, boolean frozen) {

		/** 0 to 100; 100 only when the file is there. */
		public int percent() {
			if (status == Status.DONE) {
				return 100;
			}
			if (total <= 0) {
				return 0;
			}
			return (int) Math.min(99, done * 100 / total);
		}

		public boolean finished() {
			return status == Status.DONE || status == Status.FAILED;
		}

	}

	private final JdbcClient jdbc;

	ReportFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(long reportId, long total, String by, Long scopeLocalityId, boolean admin) {
		return create(reportId, Kind.XLSX, false, total, by, scopeLocalityId, admin);
	}

	/** A new row, queued; {@code frozen} for a file of an issued report, kept for good. */
	long create(long reportId, Kind kind, boolean frozen, long total, String by, Long scopeLocalityId, boolean admin) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into report_file (report_id, kind, frozen, status, done, total, requested_by,"
				+ " scope_locality_id, requested_admin, requested_at) values (?, ?, ?, 'QUEUED', 0, ?, ?, ?, ?, ?)")
			.params(reportId, kind.name(), frozen, total, by, scopeLocalityId, admin, Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * The frozen file of a kind of an issued report: the first one that did not fail (two first
	 * downloads at once may both freeze; the first is served for good).
	 */
	Optional<ReportFile> frozen(long reportId, Kind kind) {
		return jdbc.sql(SELECT + " where report_id = ? and frozen = true and kind = ? and status <> 'FAILED' order by id")
			.params(reportId, kind.name()).query(ReportFiles::row).list().stream().findFirst();
	}

	Optional<ReportFile> find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(ReportFiles::row).optional();
	}

	/** The user's latest request for the report that is still under way or finished lately. */
	Optional<ReportFile> reusable(long reportId, String by) {
		return jdbc.sql(SELECT + " where report_id = ? and requested_by = ? and kind = 'XLSX' order by id desc")
			.params(reportId, by)
			.query(ReportFiles::row).list().stream().findFirst()
			.filter(f -> !f.finished() || f.status() == Status.DONE && f.finishedAt() != null
					&& f.finishedAt().isAfter(Instant.now().minus(FRESH)));
	}

	void progress(long id, Status status, long done) {
		jdbc.sql("update report_file set status = ?, done = ? where id = ?").params(status.name(), done, id).update();
	}

	void done(long id, long done, String hash, String name, long size) {
		jdbc.sql("update report_file set status = 'DONE', done = ?, file_hash = ?, file_name = ?, file_size = ?,"
				+ " finished_at = ? where id = ?")
			.params(done, hash, name, size, Timestamp.from(Instant.now()), id).update();
	}

	void failed(long id) {
		jdbc.sql("update report_file set status = 'FAILED', finished_at = ? where id = ?")
			.params(Timestamp.from(Instant.now()), id).update();
	}

	private static final String SELECT = "select id, report_id, status, done, total, file_hash, file_name,"
			+ " file_size, requested_by, scope_locality_id, requested_admin, requested_at, finished_at, kind, frozen"
			+ " from report_file";

	private static ReportFile row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp finished = rs.getTimestamp(13);
		return new ReportFile(rs.getLong(1), rs.getLong(2), Status.valueOf(rs.getString(3)), rs.getLong(4),
				rs.getLong(5), rs.getString(6), rs.getString(7), rs.getObject(8, Long.class), rs.getString(9),
				rs.getObject(10, Long.class), rs.getBoolean(11), rs.getTimestamp(12).toInstant(),
				finished == null ? null : finished.toInstant(), Kind.valueOf(rs.getString(14)), rs.getBoolean(15));
	}

}
