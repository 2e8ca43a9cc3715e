package vn.mohinh.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.mohinh.report.ReportFiles.Kind;
import vn.mohinh.report.ReportFiles.ReportFile;
import vn.mohinh.shared.files.FileStore;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;

/**
 * The files of an issued report, frozen: written once when it is issued and kept in {@code report_file}
 * ({@code frozen}) on the shared {@link FileStore}, then served as they are, whatever changes in the
 * data or in the issuer's names afterwards (the sections are frozen in the report; the annex, the
 * letterhead's superior body and place are read from the data and would otherwise follow it). A report
 * issued before files were frozen, or whose freezing failed, is frozen at its first download. A draft's
 * files are written from the data at every download.
 */
@Component
class ReportFreeze {

	private static final Logger log = LoggerFactory.getLogger(ReportFreeze.class);

	private final ReportFiles files;
	private final ReportFileJob jobs;
	private final ReportDocument documents;
	private final ReportPdf pdfs;
	private final FileStore store;

	ReportFreeze(ReportFiles files, ReportFileJob jobs, ReportDocument documents, ReportPdf pdfs, FileStore store) {
		this.files = files;
		this.jobs = jobs;
		this.documents = documents;
		this.pdfs = pdfs;
		this.store = store;
	}

	/**
	 * Freezes the three files of a report just issued; the annex of a big area is written in the
	 * background. A failure is logged, not thrown: the report is issued, and its first download freezes
	 * what is missing.
	 */
	void freeze(ReportCard card) {
		try {
			document(card, Kind.DOCX);
			document(card, Kind.PDF);
			annex(card);
		}
		catch (RuntimeException ex) {
			log.warn("Files of issued report {} not frozen yet", card.id(), ex);
		}
	}

	/** The Word document: frozen for an issued report, from the data for a draft. */
	byte[] docx(ReportCard card) {
		return card.status() == ReportStatus.ISSUED ? read(document(card, Kind.DOCX)) : documents.docx(card);
	}

	/** The PDF: frozen for an issued report, from the data for a draft. */
	byte[] pdf(ReportCard card) {
		return card.status() == ReportStatus.ISSUED ? read(document(card, Kind.PDF)) : pdfs.pdf(card);
	}

	/** The frozen Word document or PDF of an issued report, written the first time. */
	private Path document(ReportCard card, Kind kind) {
		Optional<Path> kept = kept(card.id(), kind);
		if (kept.isPresent()) {
			return kept.get();
		}
		byte[] bytes = kind == Kind.DOCX ? documents.docx(card) : pdfs.pdf(card);
		String name = kind == Kind.DOCX ? documents.fileName(card) : pdfs.fileName(card);
		long id = create(card, kind, 1);
		try {
			String hash = jobs.keep(out -> out.write(bytes));
			files.done(id, 1, hash, name, bytes.length);
			return store.pathOf(hash);
		}
		catch (IOException | RuntimeException ex) {
			files.failed(id);
			throw ex instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
	}

	/**
	 * The frozen annex of an issued report: done, or under way in the background for a big area (its
	 * progress page then shows it). Written the first time, inline up to the inline limit.
	 */
	ReportFile annex(ReportCard card) {
		Optional<ReportFile> frozen = files.frozen(card.id(), Kind.XLSX);
		if (frozen.isPresent() && (frozen.get().status() != ReportFiles.Status.DONE || jobs.path(frozen.get()).isPresent())) {
			return frozen.get();
		}
		frozen.ifPresent(lost -> files.failed(lost.id()));
		long size = jobs.size(card);
		long id = create(card, Kind.XLSX, size);
		if (jobs.inBackground(size)) {
			jobs.schedule(id);
		}
		else {
			jobs.run(id);
		}
		return files.find(id).orElseThrow();
	}

	/** The bytes of a frozen file still on the store; a row whose bytes are lost is set aside (failed). */
	private Optional<Path> kept(long reportId, Kind kind) {
		Optional<ReportFile> frozen = files.frozen(reportId, kind);
		if (frozen.isEmpty()) {
			return Optional.empty();
		}
		Optional<Path> path = jobs.path(frozen.get());
		if (path.isEmpty()) {
			files.failed(frozen.get().id());
		}
		return path;
	}

	/** A frozen row asked by the signed-in user, whose scope a background annex reads with. */
	private long create(ReportCard card, Kind kind, long total) {
		ScopedPrincipal user = CurrentUser.get().orElseThrow();
		return files.create(card.id(), kind, true, total, user.username(), user.scopeLocalityId(), user.isAdmin());
	}

	private static byte[] read(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
