package vn.mohinh.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.mohinh.evaluation.CriterionView;
import vn.mohinh.evaluation.Rating;
import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.demo.DemoSeed;

/**
 * Demo data: inspections of the article's models from 2019 to 2021 that tell its story (FACTS.md).
 * The 2019 supervision of the Front cell's models by the supervision team of Ban Thường vụ Huyện ủy
 * Kon Rẫy ("Đoàn giám sát mô hình học tập, làm theo Bác … làm việc tại Chi bộ Mặt trận"); most models
 * rated Tốt or Khá; and inspections that are not regular, the article's first admitted weakness:
 * some models inspected once, some never after 2020, one never at all, so that they are overdue
 * today under the default policy. Every inspection goes through the same rules as the form.
 *
 * <p>The article gives no day, team member, finding or rating: every day, name, rating, finding,
 * recommendation, action and coordinate below is invented for the demonstration, and marked so.
 */
@Component
@Order(50)
class InspectionDemoData implements ApplicationRunner {

	static final String STANDING_COMMITTEE = "Ban Thường vụ Huyện ủy Kon Rẫy";
	static final String DISTRICT_BOARD = "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Kon Rẫy";
	static final String DAK_RUONG_BOARD = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng";
	static final String TAN_LAP_BOARD = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập";
	/** The day of the supervision of the cell (invented: the article gives none). */
	static final LocalDate SUPERVISION_DAY = LocalDate.of(2019, 9, 12);

	private static final LocalDate CODES_ON = LocalDate.of(2021, 6, 30);
	private static final String TAN_LAP = "23497";
	private static final String DAK_RUONG = "23488";
	private static final String DAK_TO_RE = "23494";
	private static final String DAK_PNE = "23491";
	private static final String DAK_RVE = "23479";
	private static final String DAK_KOI = "23482";

	private final InspectionService service;
	private final InitiativeDirectory models;
	private final LocalityDirectory localities;
	private final OrganisationDirectory organisations;
	private final DemoSeed seed;
	private final TransactionTemplate transaction;

	InspectionDemoData(InspectionService service, InitiativeDirectory models, LocalityDirectory localities,
			OrganisationDirectory organisations, DemoSeed seed, PlatformTransactionManager transactions) {
		this.service = service;
		this.models = models;
		this.localities = localities;
		this.organisations = organisations;
		this.seed = seed;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		seed.loadOnce("inspections", this::load);
	}

	private void load() {
		Map<Long, String> communeCodes = communeCodes();
		List<InitiativeView> all = models.inScope(PageRequest.of(0, InitiativeDirectory.MAX_RESULTS)).getContent();
		if (all.isEmpty()) {
			return;
		}
		Models found = new Models(all, communeCodes);

		// 2019: the supervision team of the district Party standing committee works at the Front cell
		// and supervises the five models the cell registered with the propaganda board under Plan
		// 43-KH/HU. Team members are invented; the committee has no people in the demo register, so
		// the team is recorded by name.
		List<InspectionInput.MemberInput> supervisors = List.of(
				member("Nguyễn Văn Hùng", "Trưởng đoàn, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy"),
				member("Lê Thị Mai", "Thành viên, Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"),
				member("A Blơng", "Thành viên, chuyên viên Ban Tuyên giáo Huyện ủy"),
				member("Trần Quốc Bảo", "Thư ký, chuyên viên Văn phòng Huyện ủy"));
		String cellAsked = "Chi bộ tiếp tục chỉ đạo duy trì mô hình, phân công đảng viên theo dõi, kiểm tra định kỳ tại khu dân cư.";
		supervise(found.of("Khu dân cư văn hóa kiểu mẫu", DAK_RVE, "Thôn 5"), Rating.TOT,
				"Mô hình điểm cấp tỉnh được duy trì tốt; Nhân dân tự giác tham gia giữ gìn cảnh quan, nếp sống văn minh.",
				cellAsked, supervisors);
		supervise(found.of("Khu dân cư đảm bảo an toàn giao thông", DAK_RVE, "Thôn 4"), Rating.KHA,
				"Các hộ ký cam kết chấp hành luật giao thông; đường thôn có biển báo, đèn chiếu sáng một phần.",
				cellAsked, supervisors);
		supervise(found.of("Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn", DAK_KOI, "Thôn 7"), Rating.KHA,
				"Không còn hộ theo tà đạo Hà Mòn; công tác tuyên truyền được duy trì qua sinh hoạt khu dân cư.",
				cellAsked, supervisors);
		supervise(found.of("Nước sạch vệ sinh môi trường", DAK_PNE, "Thôn 3"), Rating.KHA,
				"Công trình nước sạch hoạt động; một số hộ chưa thu gom rác đúng nơi quy định.",
				cellAsked, supervisors);
		supervise(found.of("Khu dân cư phòng, chống ma túy", TAN_LAP, "Thôn 2"), Rating.TOT,
				"Không phát sinh người nghiện mới; tổ tự quản hoạt động đều.", cellAsked, supervisors);

		// The provincial pilot of xã Tân Lập (3 months allowed between inspections): inspected in 2019
		// and 2020, then no more. Days, team, ratings and findings invented.
		InitiativeView antt = found.of("Khu dân cư an toàn về an ninh trật tự", TAN_LAP, "Thôn 2");
		List<InspectionInput.MemberInput> districtFront = List.of(member("Phạm Văn Đức", "Trưởng đoàn"),
				member("Lê Thị Minh Phương", "Thành viên"));
		inspect(antt, LocalDate.of(2019, 8, 20), InspectionKind.KIEM_TRA, DISTRICT_BOARD, districtFront, Rating.TOT,
				"Mô hình mới thành lập, tổ an ninh tự quản đi vào hoạt động, Nhân dân tích cực tố giác tội phạm.",
				"Tổ chức sơ kết 6 tháng; nhân rộng cách làm sang thôn 3.",
				List.of(action("Sơ kết 6 tháng mô hình", "A Thuận", TAN_LAP_BOARD, LocalDate.of(2019, 11, 30),
						ActionStatus.DONE)), null);
		inspect(antt, LocalDate.of(2020, 6, 18), InspectionKind.KIEM_TRA, DISTRICT_BOARD, districtFront, Rating.TOT,
				"Tình hình an ninh trật tự ổn định, không phát sinh vụ việc phức tạp.", null, List.of(), null);

		// Pilot models followed from 11/2019: inspected once in 2020 or 2021, some never after 2020,
		// the commune boards leading the teams. Days, teams, ratings and findings invented.
		List<InspectionInput.MemberInput> dakRuongTeam = List.of(member("Đinh Thị Hoa", "Trưởng đoàn"),
				member("Y Liên", "Thành viên"));
		InitiativeView dakRuongTraffic = found.of("Khu dân cư đảm bảo an toàn giao thông", DAK_RUONG, "Thôn 9");
		inspect(dakRuongTraffic, LocalDate.of(2020, 5, 20), InspectionKind.KIEM_TRA, DAK_RUONG_BOARD, dakRuongTeam,
				Rating.TOT, "Ba thôn duy trì ngày thứ Bảy dọn đường, phát quang hành lang giao thông.",
				"Đề nghị xã hỗ trợ thêm biển cảnh báo tại ngã ba thôn 12.",
				List.of(action("Lắp biển cảnh báo tại ngã ba thôn 12", "Đinh Thị Hoa", DAK_RUONG_BOARD,
						LocalDate.of(2020, 9, 30), ActionStatus.DONE)), new BigDecimal[] { new BigDecimal("14.585200"), new BigDecimal("108.187400") });
		inspect(found.of("Khu dân cư văn hóa kiểu mẫu", DAK_RUONG, "Thôn 10"), LocalDate.of(2020, 10, 15),
				InspectionKind.KIEM_TRA, DAK_RUONG_BOARD, dakRuongTeam, Rating.KHA,
				"Thôn giữ được hương ước, tỷ lệ hộ đạt gia đình văn hóa cao; nhà văn hóa cần sửa chữa.",
				"Vận động Nhân dân góp ngày công sửa nhà văn hóa thôn.",
				List.of(action("Sửa mái nhà văn hóa thôn 10", "Đinh Thị Hoa", DAK_RUONG_BOARD, LocalDate.of(2021, 3, 31),
						ActionStatus.OPEN)), null);
		inspect(found.of("Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn", DAK_RUONG, "Thôn 11"),
				LocalDate.of(2021, 4, 22), InspectionKind.KIEM_TRA, DAK_RUONG_BOARD, dakRuongTeam, Rating.TOT,
				"Không còn hộ theo tà đạo; người có uy tín tham gia tuyên truyền.", null, List.of(), null);
		// Khu dân cư đảm bảo vệ sinh môi trường, thôn 8, xã Đắk Ruồng: never inspected.

		inspect(found.of("Khu dân cư phòng, chống ma túy", TAN_LAP, "Thôn 3"), LocalDate.of(2020, 7, 9),
				InspectionKind.KIEM_TRA, TAN_LAP_BOARD, List.of(member("A Thuận", "Trưởng đoàn")), Rating.KHA,
				"Tổ tự quản duy trì tuần tra; cần tăng cường tuyên truyền cho thanh niên.", null, List.of(), null);
		inspect(found.of("Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn", DAK_TO_RE, "Thôn 4"),
				LocalDate.of(2020, 8, 27), InspectionKind.KIEM_TRA, DISTRICT_BOARD, districtFront, Rating.KHA,
				"Hai thôn ổn định, không phát sinh hoạt động tà đạo.", null, List.of(), null);
		inspect(found.of("Nước sạch vệ sinh môi trường", DAK_PNE, "Thôn 1"), LocalDate.of(2020, 9, 10),
				InspectionKind.KIEM_TRA, DISTRICT_BOARD, districtFront, Rating.TOT,
				"Hệ thống nước tự chảy hoạt động tốt, có tổ quản lý vận hành.", null, List.of(), null);
		inspect(found.of("Xanh, sạch, đẹp", DAK_PNE, "Thôn 2"), LocalDate.of(2020, 9, 10), InspectionKind.KIEM_TRA,
				DISTRICT_BOARD, districtFront, Rating.DAT,
				"Đường thôn có trồng hoa nhưng chưa được chăm sóc thường xuyên.",
				"Phân công hộ chăm sóc từng đoạn đường hoa.",
				List.of(action("Phân công hộ chăm sóc đường hoa", "Phạm Văn Đức", null, LocalDate.of(2020, 12, 31),
						ActionStatus.DONE)), null);
		inspect(found.of("Khu dân cư văn hóa kiểu mẫu", DAK_RVE, "Thôn 2"), LocalDate.of(2020, 11, 5),
				InspectionKind.KIEM_TRA, DISTRICT_BOARD, districtFront, Rating.TOT,
				"Hai thôn duy trì tốt các phong trào văn hóa, thể thao.", null, List.of(), null);
		inspect(found.of("Khu dân cư đảm bảo vệ sinh môi trường", DAK_KOI, "Thôn 1"), LocalDate.of(2020, 11, 19),
				InspectionKind.KIEM_TRA, DISTRICT_BOARD, districtFront, Rating.CHUA_DAT,
				"Rác thải chưa được thu gom; nhiều hộ còn chăn nuôi dưới gầm nhà.",
				"Chuyển đổi cách làm: gắn với cải tạo vườn tạp, hỗ trợ hộ làm chuồng trại xa nhà.",
				List.of(action("Xây dựng phương án chuyển đổi mô hình", "Phạm Văn Đức", null, LocalDate.of(2021, 2, 28),
						ActionStatus.DONE)), null);
		// Thị trấn Đăk Rve's crime and traffic models, Đăk Rve thôn 4 and Đăk Kôi thôn 10: never
		// inspected after 2019 (they are overdue today).

		// Early 2021 under the campaign: the district pilot and the chicken-raising model, one survey
		// each. Days, teams and findings invented.
		inspect(found.of("Vệ sinh môi trường và cải tạo vườn tạp", DAK_KOI, "Thôn 1"), LocalDate.of(2021, 9, 16),
				InspectionKind.KIEM_TRA, DISTRICT_BOARD, districtFront, Rating.KHA,
				"Bà con tự giác giữ vệ sinh môi trường, nhiều hộ đã cải tạo vườn tạp để trồng rau sạch.",
				"Nhân rộng sang thôn 7.", List.of(), null);
		inspect(found.of("Nuôi gà", DAK_RVE, "Thôn 5"), LocalDate.of(2021, 10, 7), InspectionKind.KHAO_SAT,
				DISTRICT_BOARD, List.of(member("Phạm Văn Đức", "Trưởng đoàn"), member("Hoàng Văn Nam", "Thành viên")),
				null, "Các hộ được hỗ trợ gà giống đều duy trì đàn; thu nhập hộ gia đình bước đầu cải thiện.", null,
				List.of(), null);
	}

	private void supervise(InitiativeView model, Rating rating, String findings, String recommendation,
			List<InspectionInput.MemberInput> team) {
		inspect(model, SUPERVISION_DAY, InspectionKind.GIAM_SAT, STANDING_COMMITTEE, team, rating, findings,
				recommendation, List.of(), null);
	}

	private void inspect(InitiativeView model, LocalDate on, InspectionKind kind, String organisation,
			List<InspectionInput.MemberInput> team, Rating rating, String findings, String recommendations,
			List<InspectionInput.ActionInput> actions, BigDecimal[] location) {
		OrganisationView body = organisations.findByName(organisation).orElse(null);
		List<InspectionInput.FindingInput> perCriterion = new ArrayList<>();
		if (rating != null) {
			// Invented: every criterion met, except for the lowest ratings.
			List<CriterionView> criteria = service.criteriaFor(model, on);
			for (int i = 0; i < criteria.size(); i++) {
				boolean met = rating.passing() && !(rating == Rating.DAT && i == criteria.size() - 1);
				perCriterion.add(new InspectionInput.FindingInput(criteria.get(i).id(), null, met));
			}
		}
		service.record(new InspectionInput(model.id(), on, kind, body == null ? null : body.id(),
				body == null ? organisation : null, team, perCriterion, rating, findings, recommendations, actions,
				location == null ? null : location[0], location == null ? null : location[1], location == null ? null : 25),
				List.of());
	}

	private static InspectionInput.MemberInput member(String name, String role) {
		return new InspectionInput.MemberInput(null, name, role);
	}

	/** An action whose person in charge works at {@code workplace} (or anywhere, when null). */
	private InspectionInput.ActionInput action(String what, String person, String workplace, LocalDate due,
			ActionStatus status) {
		Long personId = null;
		if (workplace != null) {
			personId = organisations.findByName(workplace).stream().flatMap(o -> organisations.staffOf(o.id()).stream())
				.filter(p -> p.fullName().equals(person)).map(PersonView::id).findFirst().orElse(null);
		}
		else {
			personId = organisations.searchPartyMembers(person, 5).stream().filter(p -> p.fullName().equals(person))
				.map(PersonView::id).findFirst().orElse(null);
		}
		return new InspectionInput.ActionInput(what, personId, due, status);
	}

	private Map<Long, String> communeCodes() {
		return List.of(TAN_LAP, DAK_RUONG, DAK_TO_RE, DAK_PNE, DAK_RVE, DAK_KOI).stream()
			.map(code -> localities.findByCode(code, CODES_ON).orElse(null)).filter(java.util.Objects::nonNull)
			.collect(Collectors.toMap(vn.mohinh.locality.LocalityView::id, vn.mohinh.locality.LocalityView::code));
	}

	/** The demo models by name, commune code and one of their villages. */
	private record Models(List<InitiativeView> all, Map<Long, String> communeCodes) {

		InitiativeView of(String name, String communeCode, String village) {
			return all.stream()
				.filter(m -> m.name().equals(name) && communeCode.equals(communeCodes.get(m.communeId()))
						&& m.villageNames().contains(village))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("demo model missing: " + name + ", " + village));
		}

	}

}
