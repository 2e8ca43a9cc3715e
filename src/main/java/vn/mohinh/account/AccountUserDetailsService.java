package vn.mohinh.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;
	private final LoginThrottle throttle;

	AccountUserDetailsService(UserAccounts accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(UserAccount.normalise(username))
			.map(account -> account.principal(throttle.isLocked(username)))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
