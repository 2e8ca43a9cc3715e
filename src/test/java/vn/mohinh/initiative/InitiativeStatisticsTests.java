package vn.mohinh.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The counting facade: exact changes of every figure when models with known dates, statuses and
 * levels are added in huyện Ngọc Hiển (Cà Mau), which no other test uses (the figures are compared
 * before and after, so that a second run on a kept database holds too); and the scope rules.
 */
@MoHinhTest
class InitiativeStatisticsTests {

	static final LocalDate FROM = LocalDate.of(2020, 1, 1);
	static final LocalDate TO = LocalDate.of(2023, 12, 31);
	static final String DAT_MUI = "32248";
	static final String VILLAGE = "Thôn Thống Kê";

	@Autowired
	InitiativeStatistics statistics;

	@Autowired
	InitiativeService service;

	@Autowired
	ScopeGuard scopes;

	@Autowired
	LocalityDirectory localities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	long unit(String code) {
		return jdbc.sql("select id from locality where code = ? and valid_to is not null").param(code).query(Long.class)
			.single();
	}

	long typeId(String name) {
		return jdbc.sql("select id from initiative_type where name = ?").param(name).query(Long.class).single();
	}

	/** A village of the old xã Đất Mũi only these tests use, made once through the locality pages. */
	long village() throws Exception {
		long commune = unit(DAT_MUI);
		if (localities.findVillage(commune, VILLAGE).isEmpty()) {
			// The request leaves the test's sign-in cleared behind it: put it back.
			var signedIn = SecurityContextHolder.getContext().getAuthentication();
			mvc.perform(post("/localities/{id}/villages", commune).with(csrf())
				.with(user(users.loadUserByUsername("admin"))).param("kind", "THON").param("name", VILLAGE))
				.andExpect(status().is3xxRedirection());
			SecurityContextHolder.getContext().setAuthentication(signedIn);
		}
		return localities.findVillage(commune, VILLAGE).orElseThrow().id();
	}

	long model(String type, LocalDate start, LocalDate end, PilotLevel level) throws Exception {
		InitiativeInput input = new InitiativeInput(type, typeId(type), DAT_MUI, List.of(village()), List.of(), start, end,
				level, level == null ? null : start.getYear(), null, null, null, null, List.of(), List.of(), List.of(),
				null, false, "Thử nghiệm số liệu thống kê");
		return service.create(input, null, null, null);
	}

	long version(long id) {
		return service.read(id).version();
	}

	@Test
	@WithUserDetails("admin")
	void everyFigureChangesByTheModelsAddedInThePeriod() throws Exception {
		Scope district = scopes.scopeOfRoot(unit("973"));
		InitiativeStatistics.Figures before = statistics.figures(district, FROM, TO);
		InitiativeStatistics.Figures nationBefore = statistics.figures(Scope.EVERYWHERE, FROM, TO);
		String t1 = "Khu dân cư văn hóa kiểu mẫu";
		String t2 = "Nước sạch vệ sinh môi trường";

		// a: runs through the period, provincial pilot in 2019 only (so no level in 2023).
		model(t1, LocalDate.of(2019, 3, 1), null, PilotLevel.DIEM_CAP_TINH);
		// b: starts in 2021 as a district pilot, commune pilot in 2023.
		long b = model(t1, LocalDate.of(2021, 5, 10), null, PilotLevel.DIEM_CAP_HUYEN);
		service.setLevel(b, version(b), 2023, PilotLevel.DIEM_CAP_XA);
		// c: starts in 2020, discontinued in mid-2022.
		long c = model(t2, LocalDate.of(2020, 2, 1), null, PilotLevel.DIEM_CAP_XA);
		service.discontinue(c, version(c), LocalDate.of(2022, 6, 30), "Không còn phù hợp");
		// f: starts on the period's last day and is maintained that day.
		long f = model(t2, LocalDate.of(2023, 12, 31), null, null);
		service.maintain(f, version(f), LocalDate.of(2023, 12, 31));
		// Outside the period: starts after it; planned to end before it.
		model(t2, LocalDate.of(2024, 1, 15), null, null);
		model(t1, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31), null);

		InitiativeStatistics.Figures after = statistics.figures(district, FROM, TO);
		// Nationwide the levels are counted another way (a join, not a lookup per model): same changes.
		InitiativeStatistics.Figures nationAfter = statistics.figures(Scope.EVERYWHERE, FROM, TO);
		assertThat(nationAfter.running() - nationBefore.running()).isEqualTo(4);
		for (PilotLevel level : PilotLevel.values()) {
			assertThat(nationAfter.count(level) - nationBefore.count(level)).as(level.name())
				.isEqualTo(after.count(level) - before.count(level));
		}
		assertThat(after.running() - before.running()).isEqualTo(4);
		assertThat(after.runningOnEnd() - before.runningOnEnd()).isEqualTo(3);
		assertThat(after.started() - before.started()).isEqualTo(3);
		assertThat(after.closed() - before.closed()).isEqualTo(1);

		assertThat(after.count(InitiativeStatus.ACTIVE) - before.count(InitiativeStatus.ACTIVE)).isEqualTo(2);
		assertThat(after.count(InitiativeStatus.DISCONTINUED) - before.count(InitiativeStatus.DISCONTINUED)).isEqualTo(1);
		assertThat(after.count(InitiativeStatus.MAINTAINED) - before.count(InitiativeStatus.MAINTAINED)).isEqualTo(1);
		assertThat(after.count(InitiativeStatus.REPLICATED) - before.count(InitiativeStatus.REPLICATED)).isZero();
		assertThat(after.byStatus()).extracting(InitiativeStatistics.StatusCount::status)
			.containsExactly(InitiativeStatus.values());

		assertThat(after.levelYear()).isEqualTo(2023);
		assertThat(after.count(PilotLevel.DIEM_CAP_XA) - before.count(PilotLevel.DIEM_CAP_XA)).isEqualTo(1);
		assertThat(after.count(PilotLevel.NONE) - before.count(PilotLevel.NONE)).isEqualTo(3);
		assertThat(after.count(PilotLevel.DIEM_CAP_TINH) - before.count(PilotLevel.DIEM_CAP_TINH)).isZero();
		assertThat(after.count(PilotLevel.DIEM_CAP_HUYEN) - before.count(PilotLevel.DIEM_CAP_HUYEN)).isZero();
		assertThat(after.byLevel().stream().mapToLong(InitiativeStatistics.LevelCount::count).sum())
			.isEqualTo(after.running());

		assertThat(types(after).get(t1) - types(before).getOrDefault(t1, 0L)).isEqualTo(2);
		assertThat(types(after).get(t2) - types(before).getOrDefault(t2, 0L)).isEqualTo(2);
		assertThat(after.byType()).isSortedAccordingTo((x, y) -> Long.compare(y.count(), x.count()));

		// Only the old xã Đất Mũi holds models in the district: one commune, all of them.
		assertThat(after.byCommune()).singleElement().satisfies(commune -> {
			assertThat(commune.communeName()).isEqualTo("Xã Đất Mũi");
			assertThat(commune.count()).isEqualTo(after.running());
		});
		assertThat(after.otherCommunes()).isEqualTo(InitiativeStatistics.Others.NONE);

		assertThat(after.byYear()).extracting(InitiativeStatistics.YearFigures::year).containsExactly(2020, 2021, 2022, 2023);
		assertThat(delta(before, after, 2020)).containsExactly(1L, 2L, 0L);
		assertThat(delta(before, after, 2021)).containsExactly(1L, 3L, 0L);
		assertThat(delta(before, after, 2022)).containsExactly(0L, 3L, 1L);
		assertThat(delta(before, after, 2023)).containsExactly(1L, 3L, 0L);
	}

	static Map<String, Long> types(InitiativeStatistics.Figures figures) {
		return figures.byType().stream().collect(Collectors.toMap(InitiativeStatistics.TypeCount::typeName,
				InitiativeStatistics.TypeCount::count));
	}

	/** Started, running and closed in a year: after minus before. */
	static List<Long> delta(InitiativeStatistics.Figures before, InitiativeStatistics.Figures after, int year) {
		Function<InitiativeStatistics.Figures, InitiativeStatistics.YearFigures> of = f -> f.byYear().stream()
			.filter(y -> y.year() == year).findFirst().orElseThrow();
		InitiativeStatistics.YearFigures b = of.apply(before);
		InitiativeStatistics.YearFigures a = of.apply(after);
		return List.of(a.started() - b.started(), a.running() - b.running(), a.closed() - b.closed());
	}

	@Test
	@WithUserDetails("huyen")
	void theCommunesBeyondTheFirstAreSummedUpAndTheOrderIsMostFirst() {
		Scope mine = scopes.current();
		InitiativeStatistics.Figures all = statistics.figures(mine, LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31), 100);
		InitiativeStatistics.Figures top2 = statistics.figures(mine, LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31), 2);
		// The demo data alone puts models in the seven communes of huyện Kon Rẫy but one.
		assertThat(all.byCommune().size()).isGreaterThanOrEqualTo(6);
		assertThat(all.byCommune()).isSortedAccordingTo((x, y) -> Long.compare(y.count(), x.count()));
		assertThat(top2.byCommune()).containsExactlyElementsOf(all.byCommune().subList(0, 2));
		assertThat(top2.otherCommunes().communes()).isEqualTo(all.byCommune().size() - 2);
		assertThat(top2.otherCommunes().count() + top2.byCommune().stream().mapToLong(c -> c.count()).sum())
			.isEqualTo(all.running());
	}

	@Test
	@WithUserDetails("dakruong")
	void aCommuneUserGetsOnlyTheirCommuneAndIsRefusedAnyWiderOrOtherArea() {
		Scope mine = scopes.current();
		InitiativeStatistics.Figures figures = statistics.figures(mine, LocalDate.of(2017, 1, 1), LocalDate.of(2026, 12, 31));
		assertThat(figures.byCommune()).isNotEmpty()
			.allSatisfy(c -> assertThat(c.communeId()).isEqualTo(unit("23488")));
		assertThatThrownBy(() -> statistics.figures(Scope.EVERYWHERE, FROM, TO)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> statistics.figures(scopes.scopeOfRoot(jdbc.sql(
				"select id from locality where code = '23497' and valid_to is not null").query(Long.class).single()), FROM, TO))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> statistics.figures(scopes.scopeOfRoot(unit("973")), FROM, TO))
			.isInstanceOf(NotFoundException.class);
		// An area inside the scope (the commune itself) is answered, a period back to front is not.
		assertThat(statistics.figures(new Scope(false, mine.prefixes()), FROM, TO).running()).isPositive();
		assertThatThrownBy(() -> statistics.figures(mine, TO, FROM)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> statistics.figures(mine, LocalDate.of(1950, 1, 1), TO))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void nobodySignedInSeesNothing() {
		assertThatThrownBy(() -> statistics.figures(Scope.EVERYWHERE, FROM, TO)).isInstanceOf(NotFoundException.class);
		assertThat(statistics.figures(Scope.NOWHERE, FROM, TO).running()).isZero();
	}

}
