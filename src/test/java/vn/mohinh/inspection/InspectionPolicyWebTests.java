package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

/**
 * Administrators set the months per pilot level; nobody else may open the page or post to it; a bad
 * number is said by its field; a stale form keeps what was typed and shows what is saved.
 */
@MoHinhTest
class InspectionPolicyWebTests {

	static final String[] LEVELS = { "DIEM_CAP_TINH", "DIEM_CAP_HUYEN", "DIEM_CAP_XA", "NONE" };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** The other tests count on the default policy: put it back. */
	@AfterEach
	void restoreTheDefaults() {
		Map<String, Integer> defaults = Map.of("DIEM_CAP_TINH", 3, "DIEM_CAP_HUYEN", 6, "DIEM_CAP_XA", 12, "NONE", 12);
		defaults.forEach((level, months) -> jdbc.sql(
				"update inspection_policy set max_gap_months = ?, version = version + 1 where pilot_level = ? and max_gap_months <> ?")
			.param(months).param(level).param(months).update());
	}

	int months(String level) {
		return jdbc.sql("select max_gap_months from inspection_policy where pilot_level = ?").param(level)
			.query(Integer.class).single();
	}

	long version(String level) {
		return jdbc.sql("select version from inspection_policy where pilot_level = ?").param(level).query(Long.class)
			.single();
	}

	/** The form as posted: the months typed per level, with the versions read now unless given. */
	MockHttpServletRequestBuilder form(String[] months, Long... versions) {
		MockHttpServletRequestBuilder request = post("/admin/inspection-policy").with(csrf());
		for (int i = 0; i < LEVELS.length; i++) {
			request.param("rows[" + i + "].level", LEVELS[i]).param("rows[" + i + "].months", months[i])
				.param("rows[" + i + "].version", String.valueOf(versions.length > i ? versions[i] : version(LEVELS[i])));
		}
		return request;
	}

	@Test
	void anAdministratorSeesAndChangesTheMonthsAndTheChangeIsAudited() throws Exception {
		mvc.perform(get("/admin/inspection-policy").with(as("admin"))).andExpect(status().isOk())
			.andExpect(Html.shows("Điểm cấp tỉnh (số tháng)")).andExpect(Html.shows("id=\"rows0.months\""))
			.andExpect(Html.shows("value=\"3\"")).andExpect(Html.shows("value=\"6\""));
		long audited = jdbc.sql("select count(*) from inspection_policy_aud").query(Long.class).single();
		mvc.perform(form(new String[] { "2", "6", "12", "24" }).with(as("admin")))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/inspection-policy"))
			.andExpect(flash().attribute("flash", "regularity.policy.flash.saved"));
		assertThat(months("DIEM_CAP_TINH")).isEqualTo(2);
		assertThat(months("NONE")).isEqualTo(24);
		assertThat(months("DIEM_CAP_HUYEN")).isEqualTo(6);
		assertThat(jdbc.sql("select count(*) from inspection_policy_aud").query(Long.class).single()).isEqualTo(audited + 2);
		assertThat(jdbc.sql("""
				select r.username from inspection_policy_aud a join audit_revision r on r.id = a.rev
				where a.pilot_level = 'NONE' and a.max_gap_months = 24""").query(String.class).list()).contains("admin");
		// The lists read the new policy: the rule shown on them says so.
		mvc.perform(get("/inspections/overdue").with(as("dakruong"))).andExpect(Html.shows("Điểm cấp tỉnh: 2 tháng"));
	}

	@Test
	void onlyAdministratorsMayOpenOrPostThePolicy() throws Exception {
		for (String username : new String[] { "lanhdao", "huyen", "dakruong" }) {
			mvc.perform(get("/admin/inspection-policy").with(as(username))).andExpect(status().isForbidden());
			mvc.perform(form(new String[] { "1", "1", "1", "1" }).with(as(username))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/inspection-policy")).andExpect(status().is3xxRedirection());
		assertThat(months("DIEM_CAP_TINH")).isEqualTo(3);
		assertThat(months("NONE")).isEqualTo(12);
		// Everyone signed in reads the rule on the lists; the link to change it is for administrators only.
		mvc.perform(get("/inspections/overdue").with(as("lanhdao"))).andExpect(status().isOk())
			.andExpect(Html.shows("Điểm cấp huyện: 6 tháng")).andExpect(Html.doesNotShow("/admin/inspection-policy"));
		mvc.perform(get("/inspections/overdue").with(as("admin"))).andExpect(Html.shows("/admin/inspection-policy"));
	}

	@Test
	void aBadNumberIsSaidByItsFieldAndNothingIsSaved() throws Exception {
		mvc.perform(form(new String[] { "0", "6", "61", "abc" }).with(as("admin"))).andExpect(status().isOk())
			.andExpect(Html.shows("id=\"months-0-error\"")).andExpect(Html.shows("id=\"months-2-error\""))
			.andExpect(Html.shows("id=\"months-3-error\"")).andExpect(Html.doesNotShow("id=\"months-1-error\""))
			.andExpect(Html.shows("Số tháng phải từ 1 đến 60.")).andExpect(Html.shows("Số tháng là một số nguyên"))
			.andExpect(Html.shows("value=\"61\""))
			.andExpect(Html.shows("aria-describedby=\"months-hint-0 months-0-error\""));
		assertThat(months("DIEM_CAP_TINH")).isEqualTo(3);
		assertThat(months("DIEM_CAP_XA")).isEqualTo(12);
	}

	@Test
	void aStaleFormKeepsWhatWasTypedAndShowsWhatIsSaved() throws Exception {
		Long[] opened = { version("DIEM_CAP_TINH"), version("DIEM_CAP_HUYEN"), version("DIEM_CAP_XA"), version("NONE") };
		// Someone else saves first.
		mvc.perform(form(new String[] { "5", "6", "12", "12" }).with(as("admin"))).andExpect(status().is3xxRedirection());
		mvc.perform(form(new String[] { "4", "7", "12", "12" }, opened).with(as("admin"))).andExpect(status().isOk())
			.andExpect(Html.shows("vừa được người khác sửa")).andExpect(Html.shows("value=\"4\""))
			.andExpect(Html.shows("value=\"7\"")).andExpect(Html.shows("Quy định vừa được người khác lưu"))
			.andExpect(Html.shows("<td>5</td>"));
		assertThat(months("DIEM_CAP_TINH")).isEqualTo(5);
		assertThat(months("DIEM_CAP_HUYEN")).isEqualTo(6);
		// Saved again from the refreshed form, knowingly.
		mvc.perform(form(new String[] { "4", "7", "12", "12" }).with(as("admin"))).andExpect(status().is3xxRedirection());
		assertThat(months("DIEM_CAP_TINH")).isEqualTo(4);
		assertThat(months("DIEM_CAP_HUYEN")).isEqualTo(7);
	}

}
