package vn.mohinh.account;

import org.hibernate.envers.RevisionListener;

import vn.mohinh.shared.security.CurrentUser;
import vn.mohinh.shared.security.ScopedPrincipal;

/** Stamps each revision with the signed-in user (empty for start-up jobs such as demo data). */
class AuditRevisionListener implements RevisionListener {

	@Override
	public void newRevision(Object revision) {
		((AuditRevision) revision).setUsername(CurrentUser.get().map(ScopedPrincipal::username).orElse(null));
	}

}
