package vn.mohinh.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.LocalityDirectory;

/**
 * Whom other modules may address (reminders, notifications). Answers without a signed-in user,
 * since scheduled jobs ask it; it reveals only names and addresses, never passwords or tokens.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

	private final UserAccounts accounts;
	private final AccountRecipients recipients;
	private final LocalityDirectory localities;

	AccountDirectory(UserAccounts accounts, AccountRecipients recipients, LocalityDirectory localities) {
		this.accounts = accounts;
		this.recipients = recipients;
		this.localities = localities;
	}

	/**
	 * The enabled editors whose own scope covers a record at this locality path: scoped to its commune,
	 * district or province, or to a unit these were merged whole into. National editors are not
	 * included: they would receive every reminder of the country.
	 */
	public List<Recipient> editorsCovering(String scopePath) {
		Set<Long> units = localities.unitsCovering(scopePath);
		if (units.isEmpty()) {
			return List.of();
		}
		return recipients.editorsScopedTo(units).stream().map(UserAccount::recipient).toList();
	}

	/** The enabled accounts that belong to a person (cán bộ, đảng viên). */
	public List<Recipient> accountsOfPerson(long personId) {
		return recipients.enabledOfPerson(personId).stream().map(UserAccount::recipient).toList();
	}

	/** An enabled account by username. */
	public Optional<Recipient> find(String username) {
		return accounts.findByUsername(UserAccount.normalise(username)).filter(UserAccount::enabled)
			.map(UserAccount::recipient);
	}

}
