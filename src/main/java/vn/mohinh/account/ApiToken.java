package vn.mohinh.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A personal API token. Only its SHA-256 hash is stored; the token is shown once at creation. */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
	@SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
	private Long id;

	private Long userId;

	private String name;

	private String tokenHash;

	private String tokenPrefix;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(Long userId, String name, String tokenHash, String tokenPrefix) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdAt = Instant.now();
	}

	void revoke() {
		if (revokedAt == null) {
			revokedAt = Instant.now();
		}
	}

	/** Records use, at most once a minute, so that busy scripts do not write on every call. */
	boolean markUsed(Instant now) {
		if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
			lastUsedAt = now;
			return true;
		}
		return false;
	}

	boolean active() {
		return revokedAt == null;
	}

	Long id() {
		return id;
	}

	Long userId() {
		return userId;
	}

	String name() {
		return name;
	}

	String tokenPrefix() {
		return tokenPrefix;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant lastUsedAt() {
		return lastUsedAt;
	}

	Instant revokedAt() {
		return revokedAt;
	}

}
