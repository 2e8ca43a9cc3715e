package vn.mohinh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.locality.LocalityDirectory;

/** Every change is audited with its author, and administrators can read the trail. */
@MoHinhTest
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	LocalityDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVillageAddedByAnEditorShowsInTheTrail() throws Exception {
		long dakRuong = directory.findByCode("23488", LocalDate.of(2021, 1, 1)).orElseThrow().id();
		String name = "Thôn Nhật Ký " + UUID.randomUUID().toString().substring(0, 5);
		mvc.perform(post("/localities/{id}/villages", dakRuong).with(user(users.loadUserByUsername("dakruong"))).with(csrf())
			.param("kind", "THON").param("name", name)).andExpect(status().is3xxRedirection());
		Long id = jdbc.sql("select id from locality where name = ?").param(name).query(Long.class).single();
		assertThat(jdbc.sql("select r.username from locality_aud a join audit_revision r on r.id = a.rev where a.id = ? and a.revtype = 0")
			.param(id).query(String.class).single()).isEqualTo("dakruong");

		mvc.perform(get("/admin/audit").param("user", "dakruong").with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(Html.shows("dakruong"))
			.andExpect(Html.shows("Địa bàn"));
		mvc.perform(get("/admin/audit").with(user(users.loadUserByUsername("huyen")))).andExpect(status().isForbidden());
	}

}
