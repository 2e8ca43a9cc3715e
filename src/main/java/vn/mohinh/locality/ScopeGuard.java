package vn.mohinh.locality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The one place that decides what the current user may read and change. Records carry the path of
 * their locality; a record outside the scope does not exist for the user (404), a record inside it
 * may be changed only by editors and admins (403 otherwise).
 */
@Component
public class ScopeGuard {

	private final Localities localities;
	private final LocalityMergers mergers;
	private final Map<Long, Scope> scopesByRoot = new ConcurrentHashMap<>();

	ScopeGuard(Localities localities, LocalityMergers mergers) {
		this.localities = localities;
		this.mergers = mergers;
	}

	/** The scope of the signed-in user; nobody signed in sees nothing. */
	public Scope current() {
		return CurrentUser.get().map(this::scopeOf).orElse(Scope.NOWHERE);
	}

	Scope scopeOf(ScopedPrincipal principal) {
		Long root = principal.scopeLocalityId();
		return root == null ? Scope.EVERYWHERE : scopeOfRoot(root);
	}

	/** The subtree of a locality plus the subtrees of the units merged whole into it, recursively. */
	public Scope scopeOfRoot(long rootId) {
		return scopesByRoot.computeIfAbsent(rootId, id -> {
			Set<String> prefixes = new LinkedHashSet<>();
			List<Long> todo = new ArrayList<>(List.of(id));
			Set<Long> seen = new LinkedHashSet<>();
			while (!todo.isEmpty()) {
				Long next = todo.remove(todo.size() - 1);
				if (!seen.add(next)) {
					continue;
				}
				localities.findById(next).ifPresent(l -> prefixes.add(l.path()));
				todo.addAll(mergers.fullPredecessorIdsOf(next));
			}
			return new Scope(false, List.copyOf(prefixes));
		});
	}

	/** Called when mergers change, so that scopes are computed again. */
	void forgetScopes() {
		scopesByRoot.clear();
	}

	public boolean canRead(String path) {
		return current().covers(path);
	}

	/** Throws 404 for a record outside the user's scope. */
	public void requireReadable(String path) {
		if (!canRead(path)) {
			throw new NotFoundException("record at", path);
		}
	}

	/** Throws 404 outside the scope, 403 inside it for users who may only read. */
	public void requireWritable(String path) {
		requireReadable(path);
		if (!CurrentUser.get().map(ScopedPrincipal::canEdit).orElse(false)) {
			throw new AccessDeniedException("read-only");
		}
	}

	/** Throws 403 for users who may only read (viewers, inspectors) before they start a change. */
	public void requireEditor() {
		if (!CurrentUser.get().map(ScopedPrincipal::canEdit).orElse(false)) {
			throw new AccessDeniedException("read-only");
		}
	}

	public boolean canEdit(String path) {
		return canRead(path) && CurrentUser.get().map(ScopedPrincipal::canEdit).orElse(false);
	}

	/**
	 * A query restriction to records whose path attribute lies in the user's scope; records
	 * without a locality (national ones) are kept when {@code nullMeansNational} is set.
	 */
	public <T> Specification<T> within(String pathAttribute, boolean nullMeansNational) {
		Scope scope = current();
		return (root, query, cb) -> {
			if (scope.everywhere()) {
				return cb.conjunction();
			}
			List<Predicate> any = new ArrayList<>();
			for (String prefix : scope.prefixes()) {
				any.add(cb.like(root.get(pathAttribute), prefix + "%"));
			}
			if (nullMeansNational) {
				any.add(cb.isNull(root.get(pathAttribute)));
			}
			return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
		};
	}

	public <T> Specification<T> within(String pathAttribute) {
		return within(pathAttribute, false);
	}

}
