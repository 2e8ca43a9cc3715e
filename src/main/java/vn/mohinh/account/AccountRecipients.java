package vn.mohinh.account;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The accounts reminders are addressed to. */
interface AccountRecipients extends Repository<UserAccount, Long> {

	@Query("""
			select a from UserAccount a where a.enabled = true and a.role = vn.mohinh.account.Role.EDITOR
			and a.scopeLocalityId in :units order by a.username""")
	List<UserAccount> editorsScopedTo(@Param("units") Collection<Long> units);

	@Query("select a from UserAccount a where a.enabled = true and a.personId = :personId order by a.username")
	List<UserAccount> enabledOfPerson(@Param("personId") Long personId);

}
