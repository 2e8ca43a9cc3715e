package vn.mohinh.document;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.shared.text.VietnameseText;

/**
 * What other modules may ask about guiding documents (an initiative carries one out). Answers only
 * with documents the signed-in user may read: national ones and those in the user's scope.
 */
@Service
@Transactional(readOnly = true)
public class GuidingDocuments {

	/** The most a picker asks for at once. */
	public static final int MAX_RESULTS = 50;

	private final Documents documents;
	private final DocumentAccess access;

	GuidingDocuments(Documents documents, DocumentAccess access) {
		this.documents = documents;
		this.access = access;
	}

	/** The document, if it exists and the user may read it. */
	public Optional<GuidingDocumentView> find(long id) {
		return documents.findById(id).filter(access::canRead).map(GuidingDocument::view);
	}

	/** The documents among {@code ids} that the user may read, by id. */
	public Map<Long, GuidingDocumentView> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return documents.findAllById(ids).stream().filter(access::canRead).map(GuidingDocument::view)
			.collect(Collectors.toMap(GuidingDocumentView::id, Function.identity()));
	}

	/**
	 * Documents in force (not withdrawn) whose kind, number, title or issuer contain every word of
	 * {@code text}, accents ignored, newest first: for pickers ("chi thi 05" finds Chỉ thị 05-CT/TW).
	 */
	public List<GuidingDocumentView> search(String text, int limit) {
		DocumentQuery query = new DocumentQuery(text, null, null, false, DocumentQuery.Order.DATE);
		int size = Math.max(1, Math.min(limit, MAX_RESULTS));
		return documents.findAll(access.readable().and(query.filter()), PageRequest.of(0, size, query.order().sort()))
			.map(GuidingDocument::view).getContent();
	}

	/**
	 * Documents in force that {@code issuer} issued (its name as written on them, accents and case
	 * ignored) dated in {@code [from, to]}, oldest first, at most {@link #MAX_RESULTS} a page: what an
	 * organisation's report lists as its own documents. The page's total counts them all.
	 */
	public Page<GuidingDocumentView> issuedBy(String issuer, LocalDate from, LocalDate to, int limit) {
		String key = VietnameseText.fold(issuer);
		Specification<GuidingDocument> own = (root, q, cb) -> cb.and(cb.equal(root.get("issuerKey"), key),
				cb.isFalse(root.get("withdrawn")), cb.between(root.get("issuedOn"), from, to));
		int size = Math.max(1, Math.min(limit, MAX_RESULTS));
		return documents.findAll(access.readable().and(own),
				PageRequest.of(0, size, Sort.by(Sort.Order.asc("issuedOn"), Sort.Order.asc("id"))))
			.map(GuidingDocument::view);
	}

}
