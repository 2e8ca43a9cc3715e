package vn.mohinh.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;

/** The facade other modules read the audit trail through: who, when (Vietnam time) and how. */
@MoHinhTest
class AuditTrailFacadeTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	LocalityDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVillageAddedByTheCommuneHasOneCreatingRevisionByItsEditor() throws Exception {
		long dakRuong = directory.findByCode("23488", LocalDate.of(2021, 1, 1)).orElseThrow().id();
		String name = "Thôn Sổ Sách " + UUID.randomUUID().toString().substring(0, 5);
		mvc.perform(post("/localities/{id}/villages", dakRuong).with(user(users.loadUserByUsername("dakruong"))).with(csrf())
			.param("kind", "THON").param("name", name)).andExpect(status().is3xxRedirection());
		Long id = jdbc.sql("select id from locality where name = ?").param(name).query(Long.class).single();
		Class<?> locality = Class.forName("vn.mohinh.locality.Locality");
		var revisions = trail.revisionsOf(locality, id);
		assertThat(revisions).hasSize(1);
		assertThat(revisions.get(0).username()).isEqualTo("dakruong");
		assertThat(revisions.get(0).change()).isEqualTo(AuditTrail.Change.CREATED);
		assertThat(revisions.get(0).at()).isBetween(LocalDateTime.now(AuditTrail.VIETNAM).minusMinutes(5),
				LocalDateTime.now(AuditTrail.VIETNAM).plusMinutes(1));
		assertThat(trail.revisionsOf(locality, -1L)).isEmpty();
	}

}
