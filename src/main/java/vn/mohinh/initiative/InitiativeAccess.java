package vn.mohinh.initiative;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Who may read and change which model or event, on top of {@link ScopeGuard}; and who stands above
 * a commune, so that they may register its models.
 */
@Component
class InitiativeAccess {

	private final ScopeGuard scope;

	InitiativeAccess(ScopeGuard scope) {
		this.scope = scope;
	}

	/** The restriction every list, search and lookup goes through. */
	<T> Specification<T> readable() {
		return scope.within("scopePath");
	}

	boolean canRead(String path) {
		return scope.canRead(path);
	}

	boolean canEdit(String path) {
		return scope.canEdit(path);
	}

	/** Out of scope: 404, as if the record did not exist. */
	void requireReadable(String path, Object id) {
		if (!scope.canRead(path)) {
			throw new NotFoundException("initiative", id);
		}
	}

	/** 404 out of scope, 403 for those who may only read it. */
	void requireWritable(String path, Object id) {
		requireReadable(path, id);
		if (!isEditor()) {
			throw new AccessDeniedException("read-only");
		}
	}

	void requireEditor() {
		if (!isEditor()) {
			throw new AccessDeniedException("read-only");
		}
	}

	boolean isEditor() {
		return CurrentUser.get().map(ScopedPrincipal::canEdit).orElse(false);
	}

	/**
	 * The user's scope strictly contains the commune at {@code path}: the district registers the
	 * commune's models, the commune does not register its own (nor does a commune merged from it).
	 */
	boolean standsAbove(String path) {
		Scope current = scope.current();
		return isEditor() && current.covers(path) && (current.everywhere() || !current.prefixes().contains(path));
	}

	Scope current() {
		return scope.current();
	}

	Scope subtreeOf(long localityId) {
		return scope.scopeOfRoot(localityId);
	}

}
