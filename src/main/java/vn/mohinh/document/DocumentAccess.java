package vn.mohinh.document;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Who may read and change which document, on top of {@link ScopeGuard}: a national document (no
 * locality) is read by everyone signed in and changed only by admins; any other by its scope.
 */
@Component
class DocumentAccess {

	private final ScopeGuard scope;

	DocumentAccess(ScopeGuard scope) {
		this.scope = scope;
	}

	/** The restriction every list, search and lookup of documents goes through. */
	Specification<GuidingDocument> readable() {
		if (CurrentUser.get().isEmpty()) {
			return (root, query, cb) -> cb.disjunction();
		}
		return scope.within("scopePath", true);
	}

	boolean canRead(GuidingDocument document) {
		if (document.national()) {
			return CurrentUser.get().isPresent();
		}
		return scope.canRead(document.scopePath());
	}

	boolean canWrite(GuidingDocument document) {
		if (document.national()) {
			return isAdmin();
		}
		return scope.canEdit(document.scopePath());
	}

	/** Out of scope: 404, as if the document did not exist. */
	void requireReadable(GuidingDocument document) {
		if (!canRead(document)) {
			throw new NotFoundException("document", document.id());
		}
	}

	/** 404 out of scope, 403 for those who may only read it. */
	void requireWritable(GuidingDocument document) {
		requireReadable(document);
		if (!canWrite(document)) {
			throw new AccessDeniedException("read-only");
		}
	}

	/** Viewers and inspectors register no documents. */
	void requireEditor() {
		if (!isEditor()) {
			throw new AccessDeniedException("read-only");
		}
	}

	boolean isEditor() {
		return CurrentUser.get().map(ScopedPrincipal::canEdit).orElse(false);
	}

	boolean isAdmin() {
		return CurrentUser.get().map(ScopedPrincipal::isAdmin).orElse(false);
	}

	/** May the user place a document at a locality with this path? */
	boolean canWriteAt(String path) {
		return scope.canEdit(path);
	}

}
