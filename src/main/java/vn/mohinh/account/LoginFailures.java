package vn.mohinh.account;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface LoginFailures extends Repository<LoginFailure, Long> {

	LoginFailure save(LoginFailure failure);

	long countByUsernameAndFailedAtAfter(String username, Instant after);

	@Modifying
	@Query("delete from LoginFailure f where f.username = :username or f.failedAt < :before")
	void deleteByUsernameOrOlderThan(@Param("username") String username, @Param("before") Instant before);

}
