package vn.mohinh.account;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface UserAccounts extends Repository<UserAccount, Long> {

	UserAccount save(UserAccount account);

	/** Inserts now, so that a duplicate username fails where the caller can still answer it. */
	UserAccount saveAndFlush(UserAccount account);

	Optional<UserAccount> findById(Long id);

	Optional<UserAccount> findByUsername(String username);

	Page<UserAccount> findAll(Pageable pageable);

	boolean existsByUsername(String username);

	long count();

}
