package vn.mohinh.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The overdue and due-soon lists, the calendar, the export, the API and the dashboard facade, as the
 * demo users: dakruong (xã Đắk Ruồng) never sees a model of xã Tân Lập, whatever path it takes.
 * Models are started long ago (2005) so that the lists of those days hold only this class's models.
 */
@MoHinhTest
class RegularityWebTests {

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

	@Autowired
	InspectionRegularity regularity;

	@Autowired
	ScopeGuard scopes;

	@Autowired
	LocalityDirectory localities;

	RegularityWatchTests.Models models() {
		return new RegularityWatchTests.Models(mvc, users, jdbc, events, transactions);
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void eachUserSeesTheOverdueModelsOfTheirScopeOnly() throws Exception {
		RegularityWatchTests.Models m = models();
		String tanLap = unique("Tân Lập quá hạn");
		String dakRuong = unique("Đắk Ruồng quá hạn");
		long tanLapId = m.create("huyen", "23497", "2", tanLap, "2005-01-10", "NONE", 2005);
		long dakRuongId = m.create("huyen", "23488", "8", dakRuong, "2005-01-10", "NONE", 2005);

		mvc.perform(get("/inspections/overdue").param("on", "01/06/2008").param("size", "200").with(m.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows(dakRuong)).andExpect(Html.doesNotShow(tanLap))
			.andExpect(Html.shows("/inspections/new?initiative=" + dakRuongId))
			.andExpect(Html.shows("10/01/2006")).andExpect(Html.shows("Chưa kiểm tra lần nào"));
		mvc.perform(get("/inspections/overdue").param("on", "01/06/2008").param("size", "200").with(m.as("huyen")))
			.andExpect(status().isOk()).andExpect(Html.shows(dakRuong)).andExpect(Html.shows(tanLap));
		mvc.perform(get("/inspections/overdue").param("on", "01/06/2008").param("size", "200").with(m.as("lanhdao")))
			.andExpect(status().isOk()).andExpect(Html.shows(tanLap));
		// 23497 is xã Kon Braih since 1/7/2025, which took in Tân Lập and Đắk Ruồng: dakruong sees its own part only.
		mvc.perform(get("/inspections/overdue").param("locality", "23497").param("on", "01/06/2008").param("size", "200")
			.with(m.as("dakruong"))).andExpect(status().isOk()).andExpect(Html.shows(dakRuong)).andExpect(Html.doesNotShow(tanLap));
		// A locality wholly outside the scope (xã Đắk Tờ Re, merged into Kon Braih; xã Đăk Rve) does not exist
		// for the user: page, export, calendar and API.
		mvc.perform(get("/inspections/overdue").param("locality", "23494").param("on", "01/06/2008").with(m.as("dakruong")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/inspections/overdue/export.xlsx").param("locality", "23494").with(m.as("dakruong")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/inspections/due-soon").param("locality", "23479").with(m.as("dakruong")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/inspections/calendar").param("locality", "23479").with(m.as("dakruong")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/inspections/overdue").param("locality", "23494").with(m.as("dakruong")))
			.andExpect(status().isNotFound());
		assertThat(m.overdueIds("dakruong", "23497", "2008-06-01")).contains(dakRuongId).doesNotContain(tanLapId);
		assertThat(m.overdueIds("dakruong", "23488", "2008-06-01")).contains(dakRuongId).doesNotContain(tanLapId);
		assertThat(m.overdueIds("huyen", "23497", "2008-06-01")).as("Kon Braih holds both").contains(tanLapId, dakRuongId);
		assertThat(m.overdueIds("huyen", "23494", "2008-06-01")).doesNotContain(tanLapId, dakRuongId);
		// The district's code narrows a district user's list to the district; a commune's code to the commune.
		assertThat(m.overdueIds("huyen", "614", "2008-06-01")).contains(tanLapId, dakRuongId);
	}

	@Test
	void theExportHoldsEveryOverdueRowOfTheScopeAndNoOther() throws Exception {
		RegularityWatchTests.Models m = models();
		String tanLap = unique("Xuất Tân Lập");
		String dakRuong = unique("Xuất Đắk Ruồng");
		m.create("huyen", "23497", "2", tanLap, "2005-02-10", "NONE", 2005);
		m.create("huyen", "23488", "9", dakRuong, "2005-02-10", "DIEM_CAP_XA", 2005);
		byte[] xlsx = mvc.perform(get("/inspections/overdue/export.xlsx").param("on", "01/06/2008").with(m.as("dakruong")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		List<String> names = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("01/06/2008");
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getRowNum() > 1) {
					names.add(row.getCell(0).getStringCellValue());
				}
			}
		}
		assertThat(names).contains(dakRuong).doesNotContain(tanLap);
	}

	@Test
	void dueSoonListsTheModelsDueInTheNextThirtyDays() throws Exception {
		RegularityWatchTests.Models m = models();
		String name = unique("Sắp đến hạn");
		long id = m.create("huyen", "23488", "10", name, "2005-03-01", "DIEM_CAP_HUYEN", 2005);
		// due 01/09/2005 for a district pilot
		mvc.perform(get("/inspections/due-soon").param("on", "15/08/2005").param("size", "200").with(m.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows(name)).andExpect(Html.shows("01/09/2005"))
			.andExpect(Html.shows("17 ngày"));
		mvc.perform(get("/inspections/overdue").param("on", "15/08/2005").param("size", "200").with(m.as("dakruong")))
			.andExpect(Html.doesNotShow(name));
		mvc.perform(get("/inspections/due-soon").param("on", "01/08/2005").param("size", "200").with(m.as("dakruong")))
			.andExpect(Html.doesNotShow(name));
		assertThat(m.overdueIds("dakruong", "23488", "2005-09-02")).contains(id);
		assertThat(m.overdueIds("dakruong", "23488", "2005-09-01")).doesNotContain(id);
	}

	@Test
	void theCalendarCountsTheDueDatesOfAMonthAndListsADay() throws Exception {
		RegularityWatchTests.Models m = models();
		String name = unique("Lịch");
		String tanLap = unique("Lịch Tân Lập");
		m.create("huyen", "23488", "11", name, "2005-04-20", "DIEM_CAP_TINH", 2005);
		m.create("huyen", "23497", "2", tanLap, "2005-04-20", "DIEM_CAP_TINH", 2005);
		// due 20/07/2005
		mvc.perform(get("/inspections/calendar").param("month", "2005-07").with(m.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("Lịch kiểm tra tháng 07/2005"))
			.andExpect(Html.shows("<caption>")).andExpect(Html.shows("month=2005-06")).andExpect(Html.shows("month=2005-08"))
			.andExpect(Html.shows("day=20/07/2005"));
		mvc.perform(get("/inspections/calendar").param("month", "2005-07").param("day", "20/07/2005").with(m.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("Mô hình đến hạn kiểm tra ngày 20/07/2005"))
			.andExpect(Html.shows(name)).andExpect(Html.doesNotShow(tanLap));
		mvc.perform(get("/inspections/calendar").param("month", "2005-07").param("day", "20/07/2005").with(m.as("huyen")))
			.andExpect(Html.shows(name)).andExpect(Html.shows(tanLap));
		// A malformed month shows the current one rather than an error.
		mvc.perform(get("/inspections/calendar").param("month", "tháng bảy").with(m.as("dakruong"))).andExpect(status().isOk());
	}

	@Test
	void aMalformedDayIsSaidByItsFieldOnPagesAnd400InTheApi() throws Exception {
		RegularityWatchTests.Models m = models();
		mvc.perform(get("/inspections/overdue").param("on", "31/02/2025").with(m.as("dakruong")))
			.andExpect(status().isOk()).andExpect(Html.shows("id=\"on-error\"")).andExpect(Html.shows("Ngày không hợp lệ"));
		mvc.perform(get("/api/v1/inspections/overdue").param("on", "31/02/2025").with(m.as("dakruong")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/inspections/overdue").param("on", "2025-02-31").with(m.as("dakruong")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/inspections/overdue").param("locality", "99999").with(m.as("huyen")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/inspections/overdue")).andExpect(status().isUnauthorized());
	}

	@Test
	void theApiAnswersInTheSharedPageShape() throws Exception {
		RegularityWatchTests.Models m = models();
		String name = unique("API quá hạn");
		long id = m.create("huyen", "23488", "12", name, "2005-05-05", "DIEM_CAP_XA", 2005);
		m.inspected(id, LocalDate.of(2006, 2, 1));
		String json = mvc.perform(get("/api/v1/inspections/overdue").param("locality", "23488").param("on", "2008-06-01")
				.param("size", "200").with(m.as("dakruong")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(200))
			.andReturn().getResponse().getContentAsString();
		List<java.util.Map<String, Object>> items = com.jayway.jsonpath.JsonPath.read(json,
				"$.items[?(@.initiativeId == " + id + ")]");
		assertThat(items).hasSize(1);
		assertThat(items.get(0)).containsEntry("name", name).containsEntry("level", "NONE")
			.containsEntry("lastInspectedOn", "2006-02-01").containsEntry("dueOn", "2007-02-01")
			.containsEntry("link", "/initiatives/" + id).containsEntry("inspectLink", "/inspections/new?initiative=" + id);
		assertThat(((Number) items.get(0).get("daysOverdue")).longValue())
			.isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2007, 2, 1), LocalDate.of(2008, 6, 1)));
	}

	@Test
	void aLevelChangeAtTheYearEndCountsFromTheFirstOfJanuary() throws Exception {
		RegularityWatchTests.Models m = models();
		// A commune pilot in 2006 inspected on 01/08/2006, provincial from 2007: overdue from 01/01/2007.
		long becomesProvincial = m.create("huyen", "23488", "13", unique("Lên cấp tỉnh"), "2006-03-01", "DIEM_CAP_XA", 2006);
		m.setLevel("huyen", becomesProvincial, 2007, "DIEM_CAP_TINH");
		m.inspected(becomesProvincial, LocalDate.of(2006, 8, 1));
		// A provincial pilot in 2006 inspected on 15/08/2006, with no level recorded for 2007.
		long leavesThePilots = m.create("huyen", "23488", "13", unique("Thôi cấp tỉnh"), "2006-03-01", "DIEM_CAP_TINH", 2006);
		m.inspected(leavesThePilots, LocalDate.of(2006, 8, 15));

		assertThat(m.overdueIds("dakruong", "23488", "2006-12-31")).doesNotContain(becomesProvincial).contains(leavesThePilots);
		assertThat(m.overdueIds("dakruong", "23488", "2007-01-01")).contains(becomesProvincial).doesNotContain(leavesThePilots);
		// The provincial pilot's due date 15/11/2006 passed in 2006; under "none" it is due on 15/08/2007.
		assertThat(m.overdueIds("dakruong", "23488", "2007-08-15")).doesNotContain(leavesThePilots);
		assertThat(m.overdueIds("dakruong", "23488", "2007-08-16")).contains(leavesThePilots);
	}

	@Test
	void coverageCountsTheRunningModelsOfAnAreaTheUserCovers() throws Exception {
		RegularityWatchTests.Models m = models();
		LocalDate on = LocalDate.of(2008, 6, 1);
		signIn("dakruong");
		try {
			Scope own = scopes.current();
			InspectionRegularity.Coverage before = regularity.coverage(own, on);
			assertThat(before.running()).isEqualTo(before.withinPolicy() + before.overdue());
			assertThat(before.overdue()).isEqualTo(m.overdueIds("dakruong", "23488", "2008-06-01").size());
			long id = m.create("huyen", "23488", "8", unique("Độ phủ"), "2005-06-01", "NONE", 2005);
			long fresh = m.create("huyen", "23488", "8", unique("Độ phủ mới"), "2005-06-01", "NONE", 2005);
			m.inspected(fresh, LocalDate.of(2008, 5, 20));
			signIn("dakruong");
			InspectionRegularity.Coverage after = regularity.coverage(own, on);
			assertThat(after.running()).isEqualTo(before.running() + 2);
			assertThat(after.overdue()).isEqualTo(before.overdue() + 1);
			assertThat(after.withinPolicy()).isEqualTo(before.withinPolicy() + 1);
			assertThat(id).isPositive();
			// Another commune's area, or the whole country, is refused to a commune user.
			long tanLap = localities.findByCode("23497", LocalDate.of(2020, 1, 1)).orElseThrow().id();
			assertThatThrownBy(() -> regularity.coverage(scopes.scopeOfRoot(tanLap), on)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> regularity.coverage(Scope.EVERYWHERE, on)).isInstanceOf(NotFoundException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		signIn("admin");
		try {
			InspectionRegularity.Coverage country = regularity.coverage(Scope.EVERYWHERE, on);
			assertThat(country.running()).isGreaterThanOrEqualTo(2);
			assertThat(country.dueSoon()).isLessThanOrEqualTo(country.withinPolicy());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void signIn(String username) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
