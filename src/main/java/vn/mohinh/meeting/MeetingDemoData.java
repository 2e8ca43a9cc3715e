package vn.mohinh.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.demo.DemoSeed;
import vn.mohinh.shared.text.VietnameseText;

/**
 * Demo data: the monthly meetings of Chi bộ Mặt trận huyện Kon Rẫy in 2020–2021, consistent with the
 * article (FACTS.md): Plan 43-KH/HU, the pilots followed from 11/2019 commune by commune, inspections
 * that are not regular, the early-2021 campaign of the Ban Thường vụ Huyện ủy and the two models it
 * brought (vườn tạp at Đăk Kôi, nuôi gà with the district court at Đăk Rve), the supervision by the Ban
 * Thường vụ's team, the 18/11 Great Unity Day. Invented: every date (the 5th of each month), topic
 * wording, place, absence, action item, who is in charge, the chair (the cell secretary) and the
 * secretary (Lê Thị Minh Phương), every commitment and review. Most action items are done; three are
 * left open and now overdue, so the dashboard's gap shows; Phạm Văn Đức has no 2021 commitment.
 */
@Component
@Order(70)
class MeetingDemoData implements ApplicationRunner {

	static final String CELL = "Chi bộ Mặt trận huyện Kon Rẫy";
	static final String PLACE = "Hội trường cơ quan Ủy ban MTTQ Việt Nam huyện Kon Rẫy";
	/** Invented: the member left without a 2021 commitment. */
	static final String WITHOUT_2021 = "Phạm Văn Đức";

	private final Meetings meetings;
	private final ActionItems items;
	private final Commitments commitments;
	private final OrganisationDirectory organisations;
	private final InitiativeDirectory models;
	private final DemoSeed seed;
	private final TransactionTemplate transaction;

	MeetingDemoData(Meetings meetings, ActionItems items, Commitments commitments, OrganisationDirectory organisations,
			InitiativeDirectory models, DemoSeed seed, PlatformTransactionManager transactions) {
		this.meetings = meetings;
		this.items = items;
		this.commitments = commitments;
		this.organisations = organisations;
		this.models = models;
		this.seed = seed;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** A model by its name and folded commune name. */
	private record ModelRef(String name, String commune) {
	}

	/** An action item: what, who (index into the members), days after the meeting it is due, and how it ended. */
	private record Item(String body, int person, int dueDays, ActionItemStatus end, String dropReason) {

		static Item done(String body, int person) {
			return new Item(body, person, 25, ActionItemStatus.DONE, null);
		}

	}

	/** One meeting of the plan: month, kind, topic, resolutions, models discussed, items, who was absent. */
	private record Plan(int year, int month, MeetingKind kind, String topic, List<String> resolutions,
			List<ModelRef> models, List<Item> items, Integer absent, String absenceReason) {
	}

	private static final ModelRef TAN_LAP_DRUGS = new ModelRef("Khu dân cư phòng, chống ma túy", "tan lap");
	private static final ModelRef DAK_RUONG_TRAFFIC = new ModelRef("Khu dân cư đảm bảo an toàn giao thông", "dak ruong");
	private static final ModelRef DAK_RUONG_HAMON = new ModelRef("Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn", "dak ruong");
	private static final ModelRef DAK_TO_RE_HAMON = new ModelRef("Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn", "dak to re");
	private static final ModelRef DAK_PNE_WATER = new ModelRef("Nước sạch vệ sinh môi trường", "dak pne");
	private static final ModelRef DAK_PNE_GREEN = new ModelRef("Xanh, sạch, đẹp", "dak pne");
	private static final ModelRef DAK_RVE_CULTURE = new ModelRef("Khu dân cư văn hóa kiểu mẫu", "dak rve");
	private static final ModelRef DAK_RVE_CRIME = new ModelRef("Khu dân cư phòng, chống tội phạm", "dak rve");
	private static final ModelRef DAK_KOI_ENV = new ModelRef("Khu dân cư đảm bảo vệ sinh môi trường", "dak koi");
	private static final ModelRef DAK_KOI_TRAFFIC = new ModelRef("Khu dân cư đảm bảo an toàn giao thông", "dak koi");
	private static final ModelRef DAK_KOI_GARDEN = new ModelRef("Vệ sinh môi trường và cải tạo vườn tạp", "dak koi");
	private static final ModelRef DAK_RVE_CHICKEN = new ModelRef("Nuôi gà", "dak rve");

	private static final MeetingKind R = MeetingKind.REGULAR;
	private static final MeetingKind T = MeetingKind.THEMATIC;

	private static final List<Plan> PLANS = List.of(
			new Plan(2020, 1, R, "Quán triệt Kế hoạch số 43-KH/HU, triển khai nhiệm vụ năm 2020",
					List.of("Tiếp tục thực hiện Kế hoạch số 43-KH/HU của Ban Chấp hành Đảng bộ huyện.",
							"Phân công đảng viên phụ trách theo dõi các mô hình điểm được theo dõi từ tháng 11/2019."),
					List.of(), List.of(Item.done("Lập danh sách đảng viên phụ trách từng mô hình điểm", 0),
							Item.done("Hoàn thành bản đăng ký làm theo năm 2020 của đảng viên", 3)), null, null),
			new Plan(2020, 2, R, "Theo dõi mô hình Khu dân cư phòng, chống ma túy thôn 3, xã Tân Lập",
					List.of("Phối hợp Ban Thường trực Ủy ban MTTQ xã Tân Lập duy trì sinh hoạt tổ tự quản."),
					List.of(TAN_LAP_DRUGS), List.of(Item.done("Làm việc với Ban Thường trực Ủy ban MTTQ xã Tân Lập về mô hình", 1)),
					null, null),
			new Plan(2020, 3, R, "Các mô hình điểm tại xã Đăk Ruồng",
					List.of("Hướng dẫn xã Đăk Ruồng củng cố mô hình Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn."),
					List.of(DAK_RUONG_TRAFFIC, DAK_RUONG_HAMON),
					List.of(Item.done("Kiểm tra mô hình Khu dân cư đảm bảo an toàn giao thông tại xã Đăk Ruồng", 2)), 4, "Đi công tác"),
			new Plan(2020, 4, R, "Mô hình Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn tại xã Đăk Tờ Re",
					List.of("Tăng cường tuyên truyền, vận động đồng bào không theo tà đạo Hà Mòn."),
					List.of(DAK_TO_RE_HAMON), List.of(Item.done("Phối hợp xã Đăk Tờ Re tổ chức buổi tuyên truyền tại thôn 4, thôn 8", 2)),
					null, null),
			new Plan(2020, 5, R, "Các mô hình điểm tại xã Đăk Pne",
					List.of("Duy trì mô hình Nước sạch vệ sinh môi trường và Xanh, sạch, đẹp."),
					List.of(DAK_PNE_WATER, DAK_PNE_GREEN), List.of(Item.done("Kiểm tra mô hình Xanh, sạch, đẹp thôn 2, xã Đăk Pne", 4)),
					null, null),
			new Plan(2020, 6, R, "Các mô hình điểm tại thị trấn Đăk Rve",
					List.of("Củng cố mô hình Khu dân cư phòng, chống tội phạm thôn 3."),
					List.of(DAK_RVE_CULTURE, DAK_RVE_CRIME), List.of(Item.done("Làm việc với Ban Thường trực Ủy ban MTTQ thị trấn Đăk Rve", 1)),
					3, "Nghỉ phép"),
			new Plan(2020, 7, R, "Sơ kết 6 tháng; sơ kết bản đăng ký làm theo của đảng viên; các mô hình tại xã Đăk Kôi",
					List.of("Đảng viên tiếp tục thực hiện bản đăng ký làm theo năm 2020.",
							"Theo dõi sát mô hình Khu dân cư đảm bảo an toàn giao thông thôn 10, xã Đăk Kôi."),
					List.of(DAK_KOI_ENV, DAK_KOI_TRAFFIC), List.of(Item.done("Kiểm tra mô hình Khu dân cư đảm bảo an toàn giao thông thôn 10, xã Đăk Kôi", 4)),
					null, null),
			new Plan(2020, 8, R, "Việc kiểm tra các mô hình tại khu dân cư chưa thường xuyên",
					List.of("Lập lịch kiểm tra các mô hình điểm, mỗi quý ít nhất một lần."),
					List.of(), List.of(Item.done("Lập lịch kiểm tra các mô hình điểm quý IV/2020", 0),
							new Item("Tổ chức hội nghị nhân rộng mô hình trong tháng 9/2020", 1, 30, ActionItemStatus.DROPPED,
									"Gộp vào hội nghị tổng kết cuối năm")), null, null),
			new Plan(2020, 9, T, "Chuyên đề: nêu gương của người đứng đầu trong học tập và làm theo Bác",
					List.of("Lãnh đạo cơ quan, đảng viên gương mẫu nêu gương trong công việc hằng ngày."),
					List.of(), List.of(Item.done("Viết bài tuyên truyền gương người tốt, việc tốt tại khu dân cư", 3)), 2, "Ốm"),
			new Plan(2020, 10, R, "Chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc 18/11 tại các khu dân cư có mô hình",
					List.of("Hướng dẫn các khu dân cư có mô hình tổ chức Ngày hội Đại đoàn kết toàn dân tộc."),
					List.of(DAK_RVE_CULTURE), List.of(Item.done("Hướng dẫn Ban Công tác Mặt trận thôn 5, thị trấn Đăk Rve tổ chức Ngày hội", 1)),
					null, null),
			new Plan(2020, 11, R, "Đánh giá, thảo luận, đóng góp ý kiến về hiệu quả các mô hình năm 2020",
					List.of("Đề nghị duy trì các mô hình hiệu quả; củng cố mô hình chưa hiệu quả tại xã Đăk Tờ Re và xã Đăk Kôi."),
					List.of(DAK_TO_RE_HAMON, DAK_KOI_TRAFFIC), List.of(Item.done("Tổng hợp ý kiến đánh giá các mô hình năm 2020", 3)),
					null, null),
			new Plan(2020, 12, R, "Tổng kết năm 2020; tổng kết bản đăng ký làm theo của đảng viên",
					List.of("Thông qua kết quả thực hiện bản đăng ký làm theo năm 2020 của đảng viên.",
							"Xây dựng phương hướng năm 2021."),
					List.of(), List.of(Item.done("Dự thảo báo cáo kết quả học tập và làm theo năm 2020 gửi Ban Tuyên giáo Huyện ủy", 0)),
					null, null),
			new Plan(2021, 1, R, "Triển khai nhiệm vụ năm 2021; quán triệt Cuộc vận động của Ban Thường vụ Huyện ủy",
					List.of("Hưởng ứng Cuộc vận động \"Làm thay đổi nếp nghĩ, cách làm của đồng bào dân tộc thiểu số, làm cho đồng bào dân tộc thiểu số vươn lên thoát nghèo bền vững\".",
							"Xây dựng mô hình mới gắn với Cuộc vận động."),
					List.of(), List.of(Item.done("Đề xuất mô hình mới năm 2021 gắn với Cuộc vận động", 0),
							Item.done("Hoàn thành bản đăng ký làm theo năm 2021 của đảng viên", 3)), null, null),
			new Plan(2021, 2, R, "Xây dựng mô hình điểm cấp huyện Vệ sinh môi trường và cải tạo vườn tạp, thôn 1, xã Đăk Kôi",
					List.of("Giao đảng viên phụ trách theo dõi mô hình điểm tại thôn 1, xã Đăk Kôi."),
					List.of(DAK_KOI_GARDEN), List.of(Item.done("Khảo sát các hộ tham gia cải tạo vườn tạp tại thôn 1, xã Đăk Kôi", 2)),
					null, null),
			new Plan(2021, 3, R, "Phối hợp Tòa án nhân dân huyện xây dựng mô hình nuôi gà tại thôn 5, thị trấn Đăk Rve",
					List.of("Phối hợp Tòa án nhân dân huyện hỗ trợ giống gà cho các hộ thôn 5 (thôn kết nghĩa)."),
					List.of(DAK_RVE_CHICKEN), List.of(Item.done("Làm việc với Tòa án nhân dân huyện về mô hình nuôi gà", 1)),
					4, "Đi công tác"),
			new Plan(2021, 4, R, "Chuẩn bị làm việc với Đoàn giám sát mô hình học tập, làm theo Bác của Ban Thường vụ Huyện ủy",
					List.of("Chuẩn bị báo cáo và hồ sơ các mô hình phục vụ Đoàn giám sát."),
					List.of(), List.of(Item.done("Chuẩn bị báo cáo phục vụ Đoàn giám sát của Ban Thường vụ Huyện ủy", 0)), null, null),
			new Plan(2021, 5, R, "Tiếp thu kết luận của Đoàn giám sát Ban Thường vụ Huyện ủy",
					List.of("Khắc phục hạn chế: việc kiểm tra mô hình tại khu dân cư chưa thường xuyên."),
					List.of(), List.of(Item.done("Xây dựng kế hoạch khắc phục sau giám sát", 0)), null, null),
			new Plan(2021, 6, R, "Theo dõi bước đầu hai mô hình mới năm 2021",
					List.of("Hai mô hình mới bước đầu đạt kết quả khả quan; tiếp tục theo dõi."),
					List.of(DAK_KOI_GARDEN, DAK_RVE_CHICKEN), List.of(Item.done("Kiểm tra mô hình nuôi gà tại thôn 5, thị trấn Đăk Rve", 1)),
					null, null),
			new Plan(2021, 7, R, "Sơ kết 6 tháng năm 2021; sơ kết bản đăng ký làm theo của đảng viên",
					List.of("Đảng viên tiếp tục thực hiện bản đăng ký làm theo năm 2021."),
					List.of(), List.of(Item.done("Tổng hợp kết quả sơ kết bản đăng ký làm theo 6 tháng", 3)), 2, "Nghỉ phép"),
			new Plan(2021, 8, R, "Nhân rộng mô hình hiệu quả, xem xét chuyển đổi mô hình chưa hiệu quả",
					List.of("Đề xuất nhân rộng mô hình Xanh, sạch, đẹp; theo dõi mô hình tại thôn 10, xã Đăk Kôi."),
					List.of(DAK_PNE_GREEN, DAK_KOI_TRAFFIC),
					List.of(new Item("Kiểm tra lại mô hình Khu dân cư đảm bảo an toàn giao thông thôn 10, xã Đăk Kôi", 4, 40,
							ActionItemStatus.OPEN, null)), null, null),
			new Plan(2021, 9, T, "Chuyên đề: làm thay đổi nếp nghĩ, cách làm của đồng bào dân tộc thiểu số",
					List.of("Mỗi đảng viên vận động ít nhất một hộ đồng bào cải tạo vườn tạp."),
					List.of(DAK_KOI_GARDEN), List.of(Item.done("Vận động hộ đồng bào tại thôn 1, xã Đăk Kôi cải tạo vườn tạp", 2)),
					null, null),
			new Plan(2021, 10, R, "Kiểm tra các mô hình điểm quá hạn kiểm tra",
					List.of("Hoàn thành kiểm tra các mô hình quá hạn trước 31/12/2021."),
					List.of(DAK_TO_RE_HAMON, DAK_RVE_CRIME),
					List.of(new Item("Kiểm tra mô hình Khu dân cư phòng, chống tội phạm thôn 3, thị trấn Đăk Rve", 1, 60,
							ActionItemStatus.OPEN, null), Item.done("Kiểm tra mô hình tại thôn 4, thôn 8, xã Đăk Tờ Re", 2)), null, null),
			new Plan(2021, 11, R, "Ngày hội Đại đoàn kết toàn dân tộc 18/11; đề xuất biểu dương, khen thưởng",
					List.of("Đề xuất biểu dương các khu dân cư có mô hình hiệu quả tại Ngày hội Đại đoàn kết toàn dân tộc."),
					List.of(DAK_PNE_GREEN, DAK_RVE_CULTURE),
					List.of(new Item("Lập hồ sơ đề nghị khen thưởng các mô hình hiệu quả năm 2021", 0, 45, ActionItemStatus.OPEN, null)),
					null, null),
			new Plan(2021, 12, R, "Tổng kết năm 2021; tổng kết bản đăng ký làm theo của đảng viên",
					List.of("Thông qua kết quả thực hiện bản đăng ký làm theo năm 2021 của đảng viên.",
							"Tiếp tục nâng cao chất lượng mô hình, nhân rộng mô hình hiệu quả."),
					List.of(), List.of(Item.done("Dự thảo báo cáo sơ kết 4 năm thực hiện Kế hoạch số 43-KH/HU", 0)), null, null));

	/** Invented commitments, by member (in the cell's order) and year. */
	private static final List<String> ITEMS_2020 = List.of(
			"Gương mẫu, nêu gương trong lãnh đạo, điều hành công việc của cơ quan.\nTheo dõi mô hình Khu dân cư phòng, chống ma túy thôn 3, xã Tân Lập.\nThực hành tiết kiệm, chống lãng phí.",
			"Hoàn thành tốt nhiệm vụ được giao.\nTheo dõi các mô hình điểm tại thị trấn Đăk Rve.\nGiúp đỡ một hộ nghèo tại thôn kết nghĩa.",
			"Tuyên truyền, vận động đồng bào không theo tà đạo Hà Mòn.\nTheo dõi các mô hình tại xã Đăk Ruồng, xã Đăk Tờ Re.",
			"Nâng cao trình độ chuyên môn, ứng dụng công nghệ thông tin trong công việc.\nTổng hợp báo cáo kết quả các mô hình đúng hạn.",
			"Gần dân, sát dân, lắng nghe ý kiến Nhân dân.\nTheo dõi các mô hình tại xã Đăk Pne và xã Đăk Kôi.");
	private static final List<String> ITEMS_2021 = List.of(
			"Nêu gương thực hiện Cuộc vận động của Ban Thường vụ Huyện ủy.\nTheo dõi mô hình điểm vườn tạp tại thôn 1, xã Đăk Kôi.",
			"Phối hợp Tòa án nhân dân huyện theo dõi mô hình nuôi gà tại thôn 5, thị trấn Đăk Rve.\nGiúp đỡ một hộ nghèo tại thôn kết nghĩa.",
			"Vận động ít nhất một hộ đồng bào cải tạo vườn tạp.\nTheo dõi các mô hình tại xã Đăk Ruồng, xã Đăk Tờ Re.",
			"Tổng hợp, báo cáo kết quả các mô hình đúng hạn.\nViết bài tuyên truyền gương người tốt, việc tốt.");

	@Override
	public void run(ApplicationArguments args) {
		seed.loadOnce("meetings", this::load);
	}

	private void load() {
		OrganisationView cell = organisations.findByName(CELL).orElse(null);
		if (cell == null) {
			return;
		}
		List<PersonView> people = organisations.peopleOf(cell.id());
		// The cell secretary first: she chairs the meetings and her commitment is the first one below.
		List<PersonView> members = organisations.membersOf(cell.id()).stream().filter(PersonView::active)
			.sorted(java.util.Comparator.comparing(p -> p.position() == null || !p.position().contains("Bí thư")))
			.toList();
		if (members.size() < 5) {
			return;
		}
		List<InitiativeView> all = allModels();
		PersonView secretary = members.stream().filter(p -> p.fullName().equals("Lê Thị Minh Phương")).findFirst()
			.orElse(members.get(members.size() - 1));
		List<Commitment> registered = new ArrayList<>();
		int next2021 = 0;
		for (int i = 0; i < members.size() && i < ITEMS_2020.size(); i++) {
			registered.add(commitments.save(Commitment.register(members.get(i), cell, 2020, ITEMS_2020.get(i),
					LocalDate.of(2020, 1, 20), Instant.now())));
			if (!members.get(i).fullName().equals(WITHOUT_2021) && next2021 < ITEMS_2021.size()) {
				registered.add(commitments.save(Commitment.register(members.get(i), cell, 2021, ITEMS_2021.get(next2021++),
						LocalDate.of(2021, 1, 20), Instant.now())));
			}
		}
		for (Plan plan : PLANS) {
			LocalDate day = LocalDate.of(plan.year(), plan.month(), 5);
			List<Meeting.AttendanceInput> attendance = new ArrayList<>();
			for (int i = 0; i < members.size(); i++) {
				boolean absent = plan.absent() != null && plan.absent() == i;
				attendance.add(new Meeting.AttendanceInput(members.get(i).id(), !absent, absent ? plan.absenceReason() : null));
			}
			List<DiscussedModel> discussed = plan.models().stream().map(ref -> find(all, ref)).filter(m -> m != null)
				.map(m -> new DiscussedModel(m.id(), m.name())).toList();
			String agenda = "1. Kiểm điểm việc thực hiện nghị quyết tháng trước.\n2. " + plan.topic() + ".\n3. Phương hướng, nhiệm vụ tháng tới.";
			String minutes = "Đồng chí Bí thư Chi bộ quán triệt nội dung; các đồng chí đảng viên thảo luận, đóng góp ý kiến; "
					+ "chi bộ thống nhất các nội dung nghị quyết.";
			Meeting.Record record = new Meeting.Record(day, plan.kind(),
					plan.kind() == MeetingKind.REGULAR ? "Sinh hoạt chi bộ tháng " + String.format("%02d/%d", plan.month(), plan.year())
							+ ": " + plan.topic() : plan.topic(),
					PLACE, null, members.get(0).id(), secretary.id(), agenda, minutes, attendance, plan.resolutions(), discussed);
			Meeting meeting = meetings.saveAndFlush(Meeting.hold(cell, record, people, "demo-data", Instant.now()));
			for (Item item : plan.items()) {
				InitiativeView model = discussed.isEmpty() ? null
						: all.stream().filter(m -> m.id() == discussed.get(0).initiativeId()).findFirst().orElse(null);
				ActionItem a = ActionItem.decide(meeting, item.body(), members.get(item.person()), day.plusDays(item.dueDays()),
						model == null ? null : model.id(), model == null ? null : model.name(), Instant.now());
				if (item.end() == ActionItemStatus.DONE) {
					a.complete(day.plusDays(item.dueDays() - 3), day, day.plusDays(item.dueDays()));
				}
				else if (item.end() == ActionItemStatus.DROPPED) {
					a.drop(item.dropReason());
				}
				items.save(a);
			}
			if (plan.month() == 7 || plan.month() == 12) {
				ReviewKind kind = plan.month() == 7 ? ReviewKind.MID_YEAR : ReviewKind.YEAR_END;
				for (Commitment c : registered) {
					if (c.year() == plan.year()) {
						boolean lagging = plan.month() == 7 && c.personName().equals("Lê Thị Minh Phương");
						c.review(kind, meeting.id(), day, lagging ? "Một số nội dung đang thực hiện, cần đẩy nhanh tiến độ."
								: "Thực hiện đầy đủ các nội dung đã đăng ký.", lagging ? ReviewResult.DONE : ReviewResult.GOOD);
					}
				}
			}
		}
	}

	private List<InitiativeView> allModels() {
		List<InitiativeView> all = new ArrayList<>();
		Page<InitiativeView> page = models.inScope(PageRequest.of(0, InitiativeDirectory.MAX_RESULTS));
		all.addAll(page.getContent());
		while (page.hasNext()) {
			page = models.inScope(page.nextPageable());
			all.addAll(page.getContent());
		}
		return all;
	}

	private static InitiativeView find(List<InitiativeView> all, ModelRef ref) {
		return all.stream().filter(m -> m.name().equals(ref.name())
				&& VietnameseText.fold(m.communeName()).contains(ref.commune())).findFirst().orElse(null);
	}

}
