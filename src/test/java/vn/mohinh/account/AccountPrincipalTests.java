package vn.mohinh.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;

/** The security context goes into spring_session as Java serialised bytes; the principal must survive that. */
class AccountPrincipalTests {

	@Test
	void securityContextSurvivesSerialisation() {
		AccountPrincipal principal = new AccountPrincipal(7L, "someone", null, "Someone", Role.EDITOR, 42L, true, false);
		SecurityContextImpl context = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));

		byte[] bytes = new SerializingConverter().convert(context);
		Object back = new DeserializingConverter().convert(bytes);

		AccountPrincipal restored = (AccountPrincipal) ((SecurityContextImpl) back).getAuthentication().getPrincipal();
		assertThat(restored.id()).isEqualTo(7L);
		assertThat(restored.username()).isEqualTo("someone");
		assertThat(restored.role()).isEqualTo(Role.EDITOR);
		assertThat(restored.scopeLocalityId()).isEqualTo(42L);
		assertThat(restored.canEdit()).isTrue();
		assertThat(restored.isAdmin()).isFalse();
	}

}
