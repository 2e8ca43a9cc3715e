package vn.mohinh.inspection;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Who may read and record which inspection, on top of {@link ScopeGuard}: everybody reads in scope;
 * editors, admins and members of inspection teams (role Đoàn kiểm tra) record and correct
 * inspections in scope; viewers only read (403).
 */
@Component
class InspectionAccess {

	static final String INSPECTOR_AUTHORITY = "ROLE_INSPECTOR";

	private final ScopeGuard scope;

	InspectionAccess(ScopeGuard scope) {
		this.scope = scope;
	}

	/** The restriction every list, search, export and lookup goes through. */
	<T> Specification<T> readable() {
		return scope.within("scopePath");
	}

	boolean canRead(String path) {
		return scope.canRead(path);
	}

	/** Out of scope: 404, as if the inspection did not exist. */
	void requireReadable(String path, Object id) {
		if (!scope.canRead(path)) {
			throw new NotFoundException("inspection", id);
		}
	}

	/** 404 out of scope, 403 for those who may only read. */
	void requireRecorder(String path, Object id) {
		requireReadable(path, id);
		requireRecorder();
	}

	void requireRecorder() {
		if (!mayRecord()) {
			throw new AccessDeniedException("read-only");
		}
	}

	boolean canRecord(String path) {
		return scope.canRead(path) && mayRecord();
	}

	/** Editors and admins, and inspection team members: the role's authority is all other modules see of it. */
	boolean mayRecord() {
		if (CurrentUser.get().map(ScopedPrincipal::canEdit).orElse(false)) {
			return true;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && CurrentUser.get().isPresent()
				&& auth.getAuthorities().stream().anyMatch(a -> INSPECTOR_AUTHORITY.equals(a.getAuthority()));
	}

	Scope current() {
		return scope.current();
	}

	Scope subtreeOf(long localityId) {
		return scope.scopeOfRoot(localityId);
	}

}
