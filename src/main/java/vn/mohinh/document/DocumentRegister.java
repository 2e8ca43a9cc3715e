package vn.mohinh.document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.excel.ExcelExport;
import vn.mohinh.shared.files.FileRejectedException;
import vn.mohinh.shared.files.FileStore;
import vn.mohinh.shared.files.FileType;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The use cases of the register for its pages and API: list and read in scope, register, revise,
 * withdraw and restore, attach and download files. Every path checks scope through {@link DocumentAccess}.
 */
@Service
@Transactional(readOnly = true)
class DocumentRegister {

	/** Texts and their scans; the message document.error.file.type names them. */
	static final Set<FileType> FILE_TYPES = Collections.unmodifiableSet(
			EnumSet.of(FileType.PDF, FileType.DOC, FileType.DOCX, FileType.XLSX, FileType.JPEG, FileType.PNG));

	private static final int EXPORT_PAGE = 500;

	private final Documents documents;
	private final DocumentAccess access;
	private final LocalityDirectory localities;
	private final FileStore files;
	private final DocumentKindNames kindNames;
	private final Clock clock;

	DocumentRegister(Documents documents, DocumentAccess access, LocalityDirectory localities, FileStore files,
			DocumentKindNames kindNames) {
		this.documents = documents;
		this.access = access;
		this.localities = localities;
		this.files = files;
		this.kindNames = kindNames;
		this.clock = Clock.systemDefaultZone();
	}

	Page<DocumentCard> list(DocumentQuery query, Pageable pageable) {
		return documents.findAll(access.readable().and(query.filter()), pageable)
			.map(d -> DocumentCard.of(d, access.canWrite(d)));
	}

	/**
	 * Every document of the list's filters in scope, fetched page by page as the caller reads them
	 * (an export); the scope is that of the user who asks, fixed now.
	 */
	Iterable<DocumentCard> export(DocumentQuery query) {
		Specification<GuidingDocument> filter = access.readable().and(query.filter());
		return ExcelExport.pages(p -> documents.findBy(filter, q -> q.sortBy(query.order().sort()).slice(p))
			.map(d -> DocumentCard.of(d, false)), PageRequest.of(0, EXPORT_PAGE));
	}

	DocumentCard read(long id) {
		GuidingDocument document = readable(id);
		return DocumentCard.of(document, access.canWrite(document));
	}

	/** The document for its edit form: 404 out of scope, 403 for those who may only read it. */
	DocumentCard readForChange(long id) {
		GuidingDocument document = documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
		access.requireWritable(document);
		return DocumentCard.of(document, true);
	}

	/** Refuses viewers before they see a form they could not submit. */
	void requireCanRegister() {
		access.requireEditor();
	}

	boolean mayRegister() {
		return access.isEditor();
	}

	@Transactional
	long register(DocumentDetails details, PlaceChoice choice, MultipartFile upload) {
		access.requireEditor();
		Placement placement = place(choice, details);
		requireNumberFree(details, 0);
		Instant now = clock.instant();
		GuidingDocument document = GuidingDocument.register(details, placement, kindNames, now);
		// The file last: every cheap check has passed, and a failed save below removes it again.
		if (hasUpload(upload)) {
			document.attach(store(upload), now);
		}
		return save(document).id();
	}

	@Transactional
	void revise(long id, long expectedVersion, DocumentDetails details, PlaceChoice choice, MultipartFile upload) {
		GuidingDocument document = writable(id, expectedVersion);
		Placement placement = place(choice, details);
		requireNumberFree(details, id);
		Instant now = clock.instant();
		document.revise(details, placement, kindNames, now);
		if (hasUpload(upload)) {
			document.attach(store(upload), now);
		}
		save(document);
	}

	@Transactional
	void withdraw(long id, long expectedVersion) {
		GuidingDocument document = writable(id, expectedVersion);
		document.withdraw(clock.instant());
		save(document);
	}

	@Transactional
	void restore(long id, long expectedVersion) {
		GuidingDocument document = writable(id, expectedVersion);
		document.restore(clock.instant());
		save(document);
	}

	DocumentFile file(long id) {
		GuidingDocument document = readable(id);
		Attachment attachment = document.attachment();
		if (attachment == null || attachment.sha256() == null) {
			throw new NotFoundException("file of document", id);
		}
		Path path = files.find(attachment.sha256())
			.orElseThrow(() -> new NotFoundException("file", attachment.sha256()));
		return new DocumentFile(attachment, path);
	}

	/**
	 * The localities offered in the form's list: the root of the user's scope and the document's own
	 * locality. Others are reached by their official code.
	 */
	List<PlaceOption> placeOptions(Long currentLocalityId, String currentLocalityName) {
		List<PlaceOption> options = new ArrayList<>();
		Optional<LocalityView> root = CurrentUser.get().map(ScopedPrincipal::scopeLocalityId).flatMap(localities::find);
		root.ifPresent(r -> options.add(new PlaceOption(r.id(), localities.address(r.id()))));
		if (currentLocalityId != null && root.map(r -> r.id() != currentLocalityId).orElse(true)) {
			options.add(new PlaceOption(currentLocalityId, currentLocalityName));
		}
		return options;
	}

	long maxUploadBytes() {
		return files.maxBytes();
	}

	boolean mayRegisterNational() {
		return access.isAdmin();
	}

	/** The locality the user chose, checked against the user's scope and the document's date. */
	private Placement place(PlaceChoice choice, DocumentDetails details) {
		LocalityView locality;
		String field;
		if (choice.byCode()) {
			field = "localityCode";
			String code = choice.localityCode().strip();
			// Codes are reused after the 2025 reform, so the document's own time decides what a code means.
			locality = localities.findByCode(code, details.referenceDay())
				.or(() -> details.issuedOn() == null ? localities.findByCode(code, LocalDate.of(details.year(), 12, 31))
						: Optional.empty())
				.orElseThrow(() -> new DocumentRuleException(field, "document.error.locality.unknownCode", code));
		}
		else if (choice.localityId() != null) {
			field = "localityId";
			locality = localities.find(choice.localityId())
				.orElseThrow(() -> new DocumentRuleException(field, "document.error.locality.unknown"));
		}
		else {
			if (!access.isAdmin()) {
				throw new DocumentRuleException("localityId", "document.error.locality.nationalAdminOnly");
			}
			return Placement.NATIONAL;
		}
		if (!access.canWriteAt(locality.path())) {
			throw new DocumentRuleException(field, "document.error.locality.outOfScope");
		}
		if (!existedIn(locality, details)) {
			throw new DocumentRuleException(field, "document.error.locality.notThen", locality.fullName());
		}
		return new Placement(locality.id(), localities.address(locality.id()), locality.path());
	}

	/** On the day of issue; without a day, at some time in the year. */
	private static boolean existedIn(LocalityView locality, DocumentDetails details) {
		if (details.issuedOn() != null) {
			return locality.validOn(details.issuedOn());
		}
		LocalDate first = LocalDate.of(details.year(), 1, 1);
		LocalDate last = LocalDate.of(details.year(), 12, 31);
		return (locality.validFrom() == null || !locality.validFrom().isAfter(last))
				&& (locality.validTo() == null || !locality.validTo().isBefore(first));
	}

	private void requireNumberFree(DocumentDetails details, long exceptId) {
		if (details.numberKey() != null
				&& documents.numberTaken(details.issuerKey(), details.year(), details.numberKey(), exceptId)) {
			throw duplicateNumber(details);
		}
	}

	private static DocumentRuleException duplicateNumber(DocumentDetails details) {
		return new DocumentRuleException("number", "document.error.number.taken", details.number(), details.issuer(),
				String.valueOf(details.year()));
	}

	/** Flushes now, so that a concurrent duplicate or edit is reported here and the transaction rolls back. */
	private GuidingDocument save(GuidingDocument document) {
		try {
			return documents.saveAndFlush(document);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleDocumentException(document.id());
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT)
				.contains("uq_guiding_document_number")) {
				throw duplicateNumber(document.details());
			}
			throw ex;
		}
	}

	private GuidingDocument readable(long id) {
		GuidingDocument document = documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
		access.requireReadable(document);
		return document;
	}

	private GuidingDocument writable(long id, long expectedVersion) {
		GuidingDocument document = documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
		access.requireWritable(document);
		if (document.version() != expectedVersion) {
			throw new StaleDocumentException(id);
		}
		return document;
	}

	/** The shared store's refusal, worded by this module's messages by the form's file field. */
	private Attachment store(MultipartFile upload) {
		try {
			return Attachment.of(files.store(upload, FILE_TYPES));
		}
		catch (FileRejectedException ex) {
			throw new DocumentRuleException("file", "document.error.file." + ex.reason().code(), ex.args());
		}
	}

	/** A form without a chosen file still sends an empty part with no name; that is no upload. */
	private static boolean hasUpload(MultipartFile upload) {
		return upload != null && !(upload.isEmpty()
				&& (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()));
	}

}
