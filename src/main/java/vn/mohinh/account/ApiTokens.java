package vn.mohinh.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ApiTokens extends Repository<ApiToken, Long> {

	ApiToken save(ApiToken token);

	Optional<ApiToken> findByTokenHash(String tokenHash);

	Optional<ApiToken> findByIdAndUserId(Long id, Long userId);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);

}
