package vn.mohinh.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import vn.mohinh.initiative.InitiativeStatistics;
import vn.mohinh.shared.files.FileStore;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.web.NotFoundException;
import vn.mohinh.shared.security.ScopedPrincipal;

/**
 * Writes the annex of a big report in the background (ADR 0009): a db-scheduler one-time task per
 * {@code report_file} row, so that exactly one instance of a cluster runs it and a job survives a
 * restart; the rows it writes go to a temporary file (SXSSF, bounded memory), the file to the shared
 * {@link FileStore} under its SHA-256, the progress to the row after every page of 500 models. The job
 * reads with the scope of the user who asked for it, as that user's request would.
 */
@Configuration
class ReportFileJob {

	static final String TASK = "report-annex";
	/** Most models whose annex is written during the request (a district's few hundred, a small province). */
	static final long INLINE_LIMIT = 2_000;
	/**
	 * The property that sets {@link #INLINE_LIMIT}; read at each request, so that a browser journey can
	 * lower it for its own report (a property source it adds and removes) without a context of its own.
	 */
	static final String INLINE_LIMIT_PROPERTY = "mohinh.reports.inline-annex-limit";
	/** Set by tests to try a big area with a few models; null: the property. */
	private volatile Long inlineLimit;
	private final org.springframework.core.env.Environment environment;
	private static final Logger log = LoggerFactory.getLogger(ReportFileJob.class);

	private final ReportFiles files;
	private final ReportService service;
	private final ReportAnnex annexes;
	private final FileStore store;
	private final DataSource dataSource;
	private final ObjectProvider<Scheduler> scheduler;
	private final InitiativeStatistics statistics;
	private volatile SchedulerClient client;

	ReportFileJob(ReportFiles files, ReportService service, ReportAnnex annexes, FileStore store,
			DataSource dataSource, ObjectProvider<Scheduler> scheduler, InitiativeStatistics statistics,
			org.springframework.core.env.Environment environment) {
		this.statistics = statistics;
		this.environment = environment;
		this.files = files;
		this.service = service;
		this.annexes = annexes;
		this.store = store;
		this.dataSource = dataSource;
		this.scheduler = scheduler;
	}

	@Bean
	OneTimeTask<Void> reportAnnexTask() {
		return Tasks.oneTime(TASK).execute((instance, context) -> run(Long.parseLong(instance.getId())));
	}

	/** Models running in the report's period in its area: the rows of its annex. */
	long size(ReportCard card) {
		return statistics.figures(service.area(card.id()), card.periodFrom(), card.periodTo()).running();
	}

	/** Whether an annex of this many models is made in the background. */
	boolean inBackground(long size) {
		return size > inlineLimit();
	}

	/** The most models of an annex written during the request: set by a test, else the property, else 2,000. */
	long inlineLimit() {
		Long set = inlineLimit;
		return set != null ? set : environment.getProperty(INLINE_LIMIT_PROPERTY, Long.class, INLINE_LIMIT);
	}

	/** Sets the limit (tests); returns the previous one. */
	long inlineLimit(long limit) {
		long previous = inlineLimit();
		inlineLimit = limit;
		return previous;
	}

	/**
	 * The user's job for the annex of a readable report (404 otherwise): the one under way or finished
	 * lately, else a new one, queued.
	 */
	ReportFiles.ReportFile request(ReportCard card, long size) {
		ScopedPrincipal user = CurrentUser.get().orElseThrow();
		return files.reusable(card.id(), user.username()).orElseGet(() -> {
			long id = files.create(card.id(), size, user.username(), user.scopeLocalityId(), user.isAdmin());
			schedule(id);
			return files.find(id).orElseThrow();
		});
	}

	/** A job of a report the user may read (404 otherwise, also for another report's job). */
	ReportFiles.ReportFile status(long reportId, long fileId) {
		service.read(reportId);
		return files.find(fileId).filter(f -> f.reportId() == reportId)
			.orElseThrow(() -> new NotFoundException("report file", fileId));
	}

	/** Where the finished file of a job is. */
	java.util.Optional<Path> path(ReportFiles.ReportFile file) {
		return file.status() == ReportFiles.Status.DONE ? store.find(file.hash()) : java.util.Optional.empty();
	}

	/** Queues the job of a row: a row in db-scheduler's table that any instance may pick up. */
	void schedule(long fileId) {
		Scheduler running = scheduler.getIfAvailable();
		SchedulerClient target = running != null ? running : client();
		target.scheduleIfNotExists(reportAnnexTask().instance(String.valueOf(fileId)), Instant.now());
		if (running != null) {
			// Start now rather than at the next poll (30 s).
			running.triggerCheckForDueExecutions();
		}
	}

	/** Without a scheduler in this instance (tests, a web-only node), a client that only queues. */
	private SchedulerClient client() {
		if (client == null) {
			client = SchedulerClient.Builder.create(dataSource, List.of(reportAnnexTask())).build();
		}
		return client;
	}

	/** Runs the job of a row (also called by tests with their own scheduler). */
	void run(long fileId) {
		ReportFiles.ReportFile file = files.find(fileId).orElse(null);
		if (file == null || file.finished()) {
			return;
		}
		var previous = SecurityContextHolder.getContext().getAuthentication();
		try {
			SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
					new Requester(file.requestedBy(), file.scopeLocalityId(), file.admin()), null, List.of()));
			files.progress(fileId, ReportFiles.Status.RUNNING, 0);
			ReportCard card = service.read(file.reportId());
			long[] written = { 0 };
			String hash = keep(out -> annexes.write(card, service.area(file.reportId()), out, done -> {
				written[0] = done;
				files.progress(fileId, ReportFiles.Status.RUNNING, done);
			}));
			Path target = store.pathOf(hash);
			files.done(fileId, written[0], hash, annexes.fileName(card), Files.size(target));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Annex of report file {} failed", fileId, ex);
			files.failed(fileId);
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	/** Writes a file's bytes. */
	interface Writer {
		void write(OutputStream out) throws IOException;
	}

	/**
	 * Writes a file to a temporary file, then to the shared {@link FileStore} under its SHA-256 (the same
	 * bytes are kept once); its hash.
	 */
	String keep(Writer writer) throws IOException {
		Path temp = Files.createTempFile("report-file-", ".tmp");
		try {
			MessageDigest sha;
			try {
				sha = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
				writer.write(out);
			}
			String hash = HexFormat.of().formatHex(sha.digest());
			Path target = store.pathOf(hash);
			Files.createDirectories(target.getParent());
			if (!Files.exists(target)) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return hash;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** The user who asked, as far as scope goes: reads only. */
	private record Requester(String username, Long scopeLocalityId, boolean isAdmin) implements ScopedPrincipal {

		@Override
		public String displayName() {
			return username;
		}

		@Override
		public boolean canEdit() {
			return false;
		}

	}

}
