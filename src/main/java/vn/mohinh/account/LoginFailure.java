package vn.mohinh.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One failed login, kept in the database so that throttling holds across instances. */
@Entity
@Table(name = "login_failure")
class LoginFailure {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
	@SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
	private Long id;

	private String username;

	private Instant failedAt;

	protected LoginFailure() {
	}

	LoginFailure(String username, Instant failedAt) {
		this.username = username;
		this.failedAt = failedAt;
	}

}
