package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import vn.mohinh.MoHinhTest;

/**
 * The watch follows the models and their inspections through the events, in the writing transaction:
 * a new model, a level changed, a model closed, an inspection recorded and withdrawn.
 */
@MoHinhTest
class RegularityWatchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	Models models() {
		return new Models(mvc, users, jdbc, events, transactions);
	}

	@Test
	void theDemoModelsAreWatched() {
		long demo = jdbc.sql("select count(*) from initiative").query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from inspection_watch").query(Long.class).single()).isEqualTo(demo);
		assertThat(jdbc.sql("""
				select w.name from inspection_watch w join initiative i on i.id = w.initiative_id
				where i.scope_path <> w.scope_path or i.name <> w.name or i.status <> w.status or i.start_date <> w.start_date""")
			.query(String.class).list()).isEmpty();
	}

	@Test
	void aNewModelIsWatchedWithItsLevels() throws Exception {
		Models m = models();
		String name = "Theo dõi mới " + UUID.randomUUID().toString().substring(0, 6);
		long id = m.create("huyen", "23488", "8", name, "2024-03-01", "DIEM_CAP_HUYEN", 2024);
		Map<String, Object> row = jdbc.sql("select * from inspection_watch where initiative_id = ?").param(id).query().singleRow();
		assertThat(row.get("name")).isEqualTo(name);
		assertThat((String) row.get("scope_path")).isEqualTo(m.communePath("23488"));
		assertThat(row.get("status")).isEqualTo("ACTIVE");
		assertThat(row.get("last_inspected_on")).isNull();
		assertThat(m.baseOn(id)).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(m.levels(id)).containsExactly("2024:DIEM_CAP_HUYEN");

		m.setLevel("huyen", id, 2025, "DIEM_CAP_TINH");
		assertThat(m.levels(id)).containsExactly("2024:DIEM_CAP_HUYEN", "2025:DIEM_CAP_TINH");
		m.setLevel("huyen", id, 2024, "DIEM_CAP_XA");
		assertThat(m.levels(id)).containsExactly("2024:DIEM_CAP_XA", "2025:DIEM_CAP_TINH");
		// "Not a pilot" is what no row says: it is not stored.
		m.setLevel("huyen", id, 2025, "NONE");
		assertThat(m.levels(id)).containsExactly("2024:DIEM_CAP_XA");
		assertThat(jdbc.sql("select scope_path from inspection_watch_level where initiative_id = ?").param(id)
			.query(String.class).list()).containsOnly(m.communePath("23488"));
	}

	@Test
	void inspectionsMoveTheBaseAndAWithdrawalMovesItBack() throws Exception {
		Models m = models();
		long id = m.create("huyen", "23488", "9", "Kiểm tra " + UUID.randomUUID().toString().substring(0, 6), "2024-02-01",
				"NONE", 2024);
		m.inspected(id, LocalDate.of(2024, 9, 20));
		assertThat(m.lastInspectedOn(id)).isEqualTo(LocalDate.of(2024, 9, 20));
		assertThat(m.baseOn(id)).isEqualTo(LocalDate.of(2024, 9, 20));
		m.inspected(id, LocalDate.of(2024, 5, 2));
		assertThat(m.baseOn(id)).as("the latest standing inspection after a withdrawal").isEqualTo(LocalDate.of(2024, 5, 2));
		m.inspected(id, null);
		assertThat(m.lastInspectedOn(id)).isNull();
		assertThat(m.baseOn(id)).isEqualTo(LocalDate.of(2024, 2, 1));
	}

	@Test
	void aDiscontinuedModelKeepsItsRowButIsNoLongerListed() throws Exception {
		Models m = models();
		String name = "Dừng " + UUID.randomUUID().toString().substring(0, 6);
		long id = m.create("huyen", "23488", "10", name, "2020-02-01", "NONE", 2020);
		mvc.perform(post("/initiatives/{id}/discontinue", id).with(csrf()).with(m.as("huyen"))
			.param("version", String.valueOf(m.version(id))).param("on", "01/02/2024").param("reason", "Không hiệu quả"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
		assertThat(jdbc.sql("select status from inspection_watch where initiative_id = ?").param(id).query(String.class)
			.single()).isEqualTo("DISCONTINUED");
		assertThat(m.overdueIds("huyen", "23488", "2025-01-10")).doesNotContain(id);
	}

	@Test
	void aModelWrittenInATransactionThatFailsLeavesNoWatchRow() {
		long before = jdbc.sql("select count(*) from inspection_watch").query(Long.class).single();
		try {
			new TransactionTemplate(transactions).executeWithoutResult(tx -> {
				events.publishEvent(new vn.mohinh.initiative.InitiativeChanged(-42, 1, "/1/", vn.mohinh.initiative.InitiativeStatus.ACTIVE,
						LocalDate.of(2024, 1, 1), null, Map.of(2024, vn.mohinh.initiative.PilotLevel.NONE), null));
				assertThat(jdbc.sql("select count(*) from inspection_watch where initiative_id = -42").query(Long.class).single())
					.isEqualTo(1);
				throw new IllegalStateException("rolled back");
			});
		}
		catch (IllegalStateException expected) {
			// the model's save failed: its copy goes with it
		}
		assertThat(jdbc.sql("select count(*) from inspection_watch").query(Long.class).single()).isEqualTo(before);
	}

	/** Models made through the register's API and pages, and inspections told by their event. */
	static final class Models {

		final MockMvc mvc;
		final UserDetailsService users;
		final JdbcClient jdbc;
		final ApplicationEventPublisher events;
		final PlatformTransactionManager transactions;

		Models(MockMvc mvc, UserDetailsService users, JdbcClient jdbc, ApplicationEventPublisher events,
				PlatformTransactionManager transactions) {
			this.mvc = mvc;
			this.users = users;
			this.jdbc = jdbc;
			this.events = events;
			this.transactions = transactions;
		}

		org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
			return user(users.loadUserByUsername(username));
		}

		/**
		 * This suite's own type of model, made once: other suites create models of the seeded types in the
		 * same villages without an overlap reason, which a model of that type here would make them need.
		 */
		static final String TYPE = "Mô hình thử nghiệm theo dõi kiểm tra định kỳ";

		long typeId() throws Exception {
			java.util.Optional<Long> id = jdbc.sql("select id from initiative_type where name = ?").param(TYPE)
				.query(Long.class).optional();
			if (id.isPresent()) {
				return id.get();
			}
			mvc.perform(post("/admin/initiative-types").with(csrf()).with(as("admin")).param("name", TYPE)
				.param("field", "XAY_DUNG_HTCT").param("description", "Dùng trong kiểm thử"))
				.andExpect(status().is3xxRedirection());
			return jdbc.sql("select id from initiative_type where name = ?").param(TYPE).query(Long.class).single();
		}

		/** A model of a pre-2025 commune (23488 xã Đắk Ruồng, 23497 xã Tân Lập) in one of its villages, by number. */
		long create(String username, String communeCode, String village, String name, String isoStart, String level,
				int levelYear) throws Exception {
			return create(username, communeCode, village, name, isoStart, level, levelYear, null);
		}

		/** The same with a party member in charge (a person id, or null). */
		long create(String username, String communeCode, String village, String name, String isoStart, String level,
				int levelYear, Long personInChargeId) throws Exception {
			MvcResult result = mvc.perform(post("/api/v1/initiatives").with(csrf()).with(as(username))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"typeId\":" + typeId() + ",\"communeCode\":\""
						+ communeCode + "\",\"villages\":[\"" + village + "\"],\"startDate\":\"" + isoStart
						+ "\",\"level\":\"" + level + "\",\"levelYear\":" + levelYear
						+ (personInChargeId == null ? "" : ",\"personInChargeId\":" + personInChargeId)
						+ ",\"overlapReason\":\"Thử nghiệm\"}"))
				.andExpect(status().isCreated()).andReturn();
			return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
		}

		void setLevel(String username, long id, int year, String level) throws Exception {
			mvc.perform(post("/initiatives/{id}/level", id).with(csrf()).with(as(username))
				.param("version", String.valueOf(version(id))).param("year", String.valueOf(year)).param("level", level))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
		}

		/** What the inspection module publishes when an inspection is recorded or withdrawn. */
		void inspected(long id, LocalDate latestOn) {
			new TransactionTemplate(transactions)
				.executeWithoutResult(tx -> events.publishEvent(new InspectionRecorded(-1, id, latestOn)));
		}

		long version(long id) {
			return jdbc.sql("select version from initiative where id = ?").param(id).query(Long.class).single();
		}

		String communePath(String code) {
			return jdbc.sql("select path from locality where code = ? and valid_to is not null").param(code)
				.query(String.class).single();
		}

		LocalDate baseOn(long id) {
			return jdbc.sql("select base_on from inspection_watch where initiative_id = ?").param(id)
				.query(LocalDate.class).single();
		}

		LocalDate lastInspectedOn(long id) {
			return jdbc.sql("select last_inspected_on from inspection_watch where initiative_id = ?").param(id)
				.query(LocalDate.class).optional().orElse(null);
		}

		List<String> levels(long id) {
			return jdbc.sql("select level_year, pilot_level from inspection_watch_level where initiative_id = ? order by level_year")
				.param(id).query((rs, n) -> rs.getInt(1) + ":" + rs.getString(2)).list();
		}

		/** The ids on the API's overdue list of a locality on a day (every page of 200). */
		List<Long> overdueIds(String username, String locality, String isoDay) throws Exception {
			List<Long> ids = new java.util.ArrayList<>();
			for (int page = 0;; page++) {
				MvcResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.get("/api/v1/inspections/overdue").with(as(username)).param("locality", locality).param("on", isoDay)
					.param("size", "200").param("page", String.valueOf(page))).andExpect(status().isOk()).andReturn();
				String json = result.getResponse().getContentAsString();
				List<Number> found = JsonPath.read(json, "$.items[*].initiativeId");
				found.forEach(n -> ids.add(n.longValue()));
				if (found.size() < 200) {
					return ids;
				}
			}
		}

	}

}
