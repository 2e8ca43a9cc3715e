package vn.mohinh.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a user's sessions when their access or password changes: a session holds the principal as
 * it was at sign-in, so a disabled user or a user with a narrower scope must sign in again.
 */
@Component
class UserSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	void endAll(String username) {
		endAllExcept(username, null);
	}

	/** Ends them after the surrounding transaction commits, so a refused change ends nothing. */
	void endAllExcept(String username, String keptSessionId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end(username, keptSessionId);
				}
			});
		}
		else {
			end(username, keptSessionId);
		}
	}

	private void end(String username, String keptSessionId) {
		sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet().stream()
			.filter(id -> !id.equals(keptSessionId))
			.forEach(repository::deleteById));
	}

}
