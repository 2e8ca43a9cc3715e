package vn.mohinh.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.shared.web.NotFoundException;

/** Creates, checks and revokes personal API tokens. */
@Service
class ApiTokenService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;
	private final UserAccounts accounts;

	ApiTokenService(ApiTokens tokens, UserAccounts accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	/** Returns the clear token: the only moment it exists outside the caller's hands. */
	@Transactional
	String create(Long userId, String name) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "mh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		tokens.save(new ApiToken(userId, name, hash(token), token.substring(0, 10)));
		return token;
	}

	@Transactional
	void revoke(Long userId, Long tokenId) {
		tokens.findByIdAndUserId(tokenId, userId).orElseThrow(() -> new NotFoundException("token", tokenId)).revoke();
	}

	@Transactional(readOnly = true)
	List<ApiToken> tokensOf(Long userId) {
		return tokens.findByUserIdOrderByCreatedAtDesc(userId);
	}

	/** The principal of an active token of an enabled user. */
	@Transactional
	Optional<AccountPrincipal> authenticate(String token) {
		return tokens.findByTokenHash(hash(token)).filter(ApiToken::active).flatMap(t -> {
			t.markUsed(Instant.now());
			return accounts.findById(t.userId());
		}).filter(UserAccount::enabled).map(UserAccount::principal);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
