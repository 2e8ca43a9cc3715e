package vn.mohinh.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.mohinh.MoHinhTest;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The decisions evaluations take on models, through the public facade: replicate into villages,
 * convert, discontinue, maintain; each announces the changed models with {@link InitiativeChanged}.
 */
@MoHinhTest
@RecordApplicationEvents
class InitiativeLifecycleFacadeTests {

	/** A type no other test uses, so that the models made here never overlap theirs. */
	static final String TYPE = "Vệ sinh môi trường và cải tạo vườn tạp";

	@Autowired
	InitiativeLifecycle lifecycle;

	@Autowired
	InitiativeDirectory directory;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	long village(String commune, String name) {
		return jdbc.sql("""
				select v.id from locality v join locality c on c.id = v.parent_id
				where c.code = ? and c.valid_to is not null and v.name = ?""").param(commune).param(name)
			.query(Long.class).single();
	}

	long typeId(String name) {
		return jdbc.sql("select id from initiative_type where name = ?").param(name).query(Long.class).single();
	}

	/** Made through the page; the request ends by clearing the test's sign-in, which is then put back. */
	long create(String name) throws Exception {
		var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		MvcResult result = mvc.perform(post("/initiatives").with(csrf())
			.param("name", name).param("typeId", String.valueOf(typeId(TYPE))).param("communeCode", "23488")
			.param("startDate", "01/02/2024").param("overlapReason", "Thử nghiệm")
			.param("villageIds", String.valueOf(village("23488", "Thôn 8"))))
			.andExpect(status().is3xxRedirection()).andReturn();
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(signedIn);
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	@WithUserDetails("dakruong")
	void replicationMakesOneLinkedModelPerVillage() throws Exception {
		long origin = create("Nhân rộng " + UUID.randomUUID().toString().substring(0, 6));
		events.clear();

		List<Long> created = lifecycle.replicate(origin,
				List.of(village("23488", "Thôn 9"), village("23488", "Thôn 10")), LocalDate.of(2024, 6, 1), "Quyết định");

		assertThat(created).hasSize(2);
		InitiativeView first = directory.find(created.get(0)).orElseThrow();
		assertThat(first.villageNames()).containsExactly("Thôn 9");
		assertThat(directory.find(created.get(1)).orElseThrow().villageNames()).containsExactly("Thôn 10");
		assertThat(first.startDate()).isEqualTo(LocalDate.of(2024, 6, 1));
		assertThat(jdbc.sql("select origin_id from initiative where id = ?").param(created.get(0)).query(Long.class).single())
			.isEqualTo(origin);
		assertThat(jdbc.sql("select origin_relation from initiative where id = ?").param(created.get(1))
			.query(String.class).single()).isEqualTo("REPLICATION");
		assertThat(directory.find(origin).orElseThrow().status()).isEqualTo(InitiativeStatus.REPLICATED);
		assertThat(events.stream(InitiativeChanged.class)).extracting(InitiativeChanged::initiativeId).contains(origin, created.get(0), created.get(1));
	}

	@Test
	@WithUserDetails("dakruong")
	void conversionClosesTheOriginAndNeedsAReasonAndAnotherType() throws Exception {
		long origin = create("Chuyển đổi " + UUID.randomUUID().toString().substring(0, 6));

		assertThatThrownBy(() -> lifecycle.convert(origin, typeId(TYPE), LocalDate.of(2024, 7, 1), "Lý do"))
			.isInstanceOf(InitiativeLifecycle.Refused.class)
			.satisfies(e -> assertThat(((InitiativeLifecycle.Refused) e).reasons())
				.extracting(InitiativeLifecycle.Refused.Reason::messageKey).contains("initiative.error.lineage.sameType"));
		assertThatThrownBy(() -> lifecycle.convert(origin, typeId("Nước sạch vệ sinh môi trường"), LocalDate.of(2024, 7, 1), " "))
			.isInstanceOf(InitiativeLifecycle.Refused.class);
		assertThat(directory.find(origin).orElseThrow().status()).isEqualTo(InitiativeStatus.ACTIVE);

		long successor = lifecycle.convert(origin, typeId("Nước sạch vệ sinh môi trường"), LocalDate.of(2024, 7, 1),
				"Mô hình đã đạt mục tiêu");
		InitiativeView closed = directory.find(origin).orElseThrow();
		assertThat(closed.status()).isEqualTo(InitiativeStatus.CONVERTED);
		assertThat(closed.endDate()).isEqualTo(LocalDate.of(2024, 7, 1));
		assertThat(directory.find(successor).orElseThrow().typeName()).isEqualTo("Nước sạch vệ sinh môi trường");
	}

	@Test
	@WithUserDetails("dakruong")
	void aClosedModelTakesNoFurtherDecision() throws Exception {
		long id = create("Dừng " + UUID.randomUUID().toString().substring(0, 6));
		lifecycle.discontinue(id, LocalDate.of(2024, 9, 1), "Không còn phù hợp");
		assertThat(directory.find(id).orElseThrow().status()).isEqualTo(InitiativeStatus.DISCONTINUED);

		assertThatThrownBy(() -> lifecycle.maintain(id, LocalDate.of(2024, 12, 1)))
			.isInstanceOf(InitiativeLifecycle.Refused.class)
			.satisfies(e -> assertThat(((InitiativeLifecycle.Refused) e).reasons())
				.extracting(InitiativeLifecycle.Refused.Reason::messageKey).contains("initiative.error.lifecycle.closed"));
		assertThatThrownBy(() -> lifecycle.replicate(id, List.of(village("23488", "Thôn 9")), LocalDate.of(2024, 12, 1), null))
			.isInstanceOf(InitiativeLifecycle.Refused.class);
	}

	@Test
	@WithUserDetails("dakruong")
	void maintainingIsAYearlyDecisionThatCanBeRepeated() throws Exception {
		long id = create("Duy trì " + UUID.randomUUID().toString().substring(0, 6));
		lifecycle.maintain(id, LocalDate.of(2024, 12, 1));
		lifecycle.maintain(id, LocalDate.of(2025, 12, 1));
		assertThat(directory.find(id).orElseThrow().status()).isEqualTo(InitiativeStatus.MAINTAINED);
	}

	@Test
	@WithUserDetails("admin")
	void afterTheReformAReplicaBelongsToTheCommuneTheOldOneWasMergedInto() throws Exception {
		long origin = create("Sau sắp xếp " + UUID.randomUUID().toString().substring(0, 6));
		List<Long> created = lifecycle.replicate(origin, List.of(village("23488", "Thôn 9")), LocalDate.of(2025, 9, 1),
				"Quyết định");
		InitiativeView replica = directory.find(created.get(0)).orElseThrow();
		InitiativeView old = directory.find(origin).orElseThrow();
		assertThat(replica.communeId()).isNotEqualTo(old.communeId());
		assertThat(replica.villageNames()).containsExactly("Thôn 9");
		assertThat(jdbc.sql("select valid_to from locality where id = ?").param(replica.communeId()).query().listOfRows()
			.get(0).values().iterator().next()).isNull();
	}

	@Test
	@WithUserDetails("dakruong")
	void replicationNeedsAVillage() throws Exception {
		long id = create("Không thôn " + UUID.randomUUID().toString().substring(0, 6));
		assertThatThrownBy(() -> lifecycle.replicate(id, List.of(), LocalDate.of(2024, 6, 1), null))
			.isInstanceOf(InitiativeLifecycle.Refused.class);
	}

	@Test
	@WithUserDetails("dakruong")
	void aCommuneCannotDecideOnAnotherCommunesModel() {
		long tanLap = jdbc.sql("select id from initiative where name = ? and commune_code = '23497'")
			.param(InitiativeDemoData.MARKER).query(Long.class).single();
		String before = jdbc.sql("select status from initiative where id = ?").param(tanLap).query(String.class).single();
		long models = jdbc.sql("select count(*) from initiative").query(Long.class).single();

		assertThatThrownBy(() -> lifecycle.discontinue(tanLap, LocalDate.of(2024, 1, 1), "Thử")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> lifecycle.replicate(tanLap, List.of(village("23488", "Thôn 9")), LocalDate.of(2024, 1, 1), "x"))
			.isInstanceOf(NotFoundException.class);
		assertThat(jdbc.sql("select status from initiative where id = ?").param(tanLap).query(String.class).single())
			.isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from initiative").query(Long.class).single()).isEqualTo(models);
	}

}
