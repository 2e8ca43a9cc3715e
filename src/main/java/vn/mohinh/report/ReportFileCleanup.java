package vn.mohinh.report;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import vn.mohinh.shared.files.FileReferences;
import vn.mohinh.shared.files.FileStore;

/**
 * Removes the files made for drafts (and annexes asked on demand) once they are older than
 * {@code mohinh.reports.files.keep-days} days (7 by default): their rows, and their bytes on the
 * shared {@link FileStore} when no record of any module refers to them any more. The files of issued
 * reports ({@code frozen}) are kept for good. A db-scheduler recurring task, so that one instance of a
 * cluster runs it, at {@code mohinh.reports.files.cleanup-cron} (02:30 by default, Vietnam's time).
 */
@Configuration
class ReportFileCleanup {

	static final String TASK = "report-file-cleanup";
	/** Rows removed per statement: a long backlog never loads at once. */
	static final int BATCH = 500;
	private static final Logger log = LoggerFactory.getLogger(ReportFileCleanup.class);

	private final JdbcClient jdbc;
	private final FileStore store;
	private final List<FileReferences> references;
	private final Duration keep;

	ReportFileCleanup(JdbcClient jdbc, FileStore store, List<FileReferences> references,
			@Value("${mohinh.reports.files.keep-days:7}") int keepDays) {
		this.jdbc = jdbc;
		this.store = store;
		this.references = references;
		this.keep = Duration.ofDays(Math.max(0, keepDays));
	}

	@Bean
	RecurringTask<Void> reportFileCleanupTask(@Value("${mohinh.reports.files.cleanup-cron:0 30 2 * * *}") String cron,
			@Value("${mohinh.reminders.zone:Asia/Ho_Chi_Minh}") String zone) {
		return Tasks.recurring(TASK, Schedules.cron(cron, ZoneId.of(zone)))
			.execute((instance, context) -> removeOld(Instant.now()));
	}

	/** The files kept after their job finished (or was asked, for one that never finished). */
	Duration keep() {
		return keep;
	}

	/** Removes the drafts' files older than the kept days as of {@code now}; how many rows went. */
	long removeOld(Instant now) {
		Timestamp before = Timestamp.from(now.minus(keep));
		long removed = 0;
		while (true) {
			List<Old> batch = jdbc.sql("select id, file_hash from report_file where frozen = false"
					+ " and (finished_at < ? or finished_at is null and requested_at < ?) order by id limit ?")
				.params(before, before, BATCH).query((rs, n) -> new Old(rs.getLong(1), rs.getString(2))).list();
			if (batch.isEmpty()) {
				break;
			}
			for (Old old : batch) {
				jdbc.sql("delete from report_file where id = ?").param(old.id()).update();
			}
			removed += batch.size();
			Set<String> hashes = new LinkedHashSet<>();
			batch.stream().map(Old::hash).filter(h -> h != null).forEach(hashes::add);
			for (String hash : hashes) {
				if (references.stream().noneMatch(r -> r.references(hash))) {
					try {
						Files.deleteIfExists(store.pathOf(hash));
					}
					catch (IOException ex) {
						log.warn("Could not delete report file {}: {}", hash, ex.getMessage());
					}
				}
			}
			if (batch.size() < BATCH) {
				break;
			}
		}
		return removed;
	}

	private record Old(long id, String hash) {
	}

}
