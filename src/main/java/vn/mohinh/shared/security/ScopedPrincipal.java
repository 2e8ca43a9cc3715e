package vn.mohinh.shared.security;

/**
 * What every module may know of the signed-in user: the root of the locality subtree they work in
 * and what their role lets them do. The account module provides the implementation.
 */
public interface ScopedPrincipal {

	String username();

	String displayName();

	/** The locality at the root of the user's scope; {@code null} means the whole country. */
	Long scopeLocalityId();

	boolean isAdmin();

	/** Admins and editors create and change records in their scope. */
	boolean canEdit();

}
