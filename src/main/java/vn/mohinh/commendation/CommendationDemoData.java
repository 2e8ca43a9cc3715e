package vn.mohinh.commendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import vn.mohinh.shared.demo.DemoSeed;
import vn.mohinh.shared.text.VietnameseText;

/**
 * Few commendations, as the article says commendation lagged (FACTS.md): a praise of a village's
 * residents at the 18/11/2020 Great Unity Day, one Giấy khen of the district Front committee in 2021,
 * and one exemplar; so that most effective models show as gaps. Everything here is invented but the
 * bodies, the places and the models, which come from the article.
 */
@Component
@Order(80)
class CommendationDemoData implements ApplicationRunner {

	/** The body as the organisation module's demo data registers it (typed if it is missing). */
	private static final String TAN_LAP_BOARD = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập";

	private final CommendationService commendations;
	private final ExemplarService exemplars;
	private final InitiativeDirectory models;
	private final OrganisationDirectory organisations;
	private final DemoSeed seed;
	private final TransactionTemplate transaction;

	CommendationDemoData(CommendationService commendations, ExemplarService exemplars, InitiativeDirectory models,
			OrganisationDirectory organisations, DemoSeed seed, PlatformTransactionManager transactions) {
		this.commendations = commendations;
		this.exemplars = exemplars;
		this.models = models;
		this.organisations = organisations;
		this.seed = seed;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		seed.loadOnce("commendations", this::load);
	}

	private void load() {
		List<InitiativeView> all = new ArrayList<>();
		Page<InitiativeView> page = models.inScope(PageRequest.of(0, InitiativeDirectory.MAX_RESULTS));
		all.addAll(page.getContent());
		while (page.hasNext()) {
			page = models.inScope(page.nextPageable());
			all.addAll(page.getContent());
		}
		Optional<InitiativeView> drugFree = find(all, "Khu dân cư phòng, chống ma túy", "tan lap", "Thôn 2");
		Optional<InitiativeView> cultural = find(all, "Khu dân cư văn hóa kiểu mẫu", "dak rve", "Thôn 5");
		Long praiseId = null;
		if (drugFree.isPresent()) {
			InitiativeView m = drugFree.get();
			// Invented: the commune Front praised Thôn 2's residents for the drug-free model at its Great Unity Day.
			Long body = organisations.findByName(TAN_LAP_BOARD).map(OrganisationView::id).orElse(null);
			praiseId = commendations.create(new Commendation.Details(CommendationKind.PRAISE, null, null, body,
					TAN_LAP_BOARD, BodyLevel.COMMUNE, null, LocalDate.of(2020, 11, 18), 2020,
					"Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
					"Ngày hội Đại đoàn kết toàn dân tộc 18/11/2020",
					"Nhân dân thôn 2 đoàn kết, tự quản giữ khu dân cư không có người nghiện mới, không có tụ điểm ma túy."),
					List.of(RecipientKind.VILLAGE + ":" + m.villageIds().get(0), RecipientKind.MODEL + ":" + m.id()));
		}
		if (cultural.isPresent()) {
			InitiativeView m = cultural.get();
			// Invented number and date: the district Front committee's Giấy khen for the model's 2021 results.
			Long body = organisations.findByName("Ủy ban MTTQ Việt Nam huyện Kon Rẫy").map(OrganisationView::id).orElse(null);
			commendations.create(new Commendation.Details(CommendationKind.FORMAL, AwardCategory.FORM, Award.GIAY_KHEN, body,
					"Ủy ban MTTQ Việt Nam huyện Kon Rẫy", BodyLevel.DISTRICT, "45/QĐ-MTTQ-BTT", LocalDate.of(2021, 12, 20), 2021,
					"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (Chỉ thị 05-CT/TW)", null,
					"Có thành tích xuất sắc trong xây dựng mô hình “Khu dân cư văn hóa kiểu mẫu” năm 2021."),
					List.of(RecipientKind.MODEL + ":" + m.id(), RecipientKind.VILLAGE + ":" + m.villageIds().get(0)));
		}
		if (drugFree.isPresent()) {
			InitiativeView m = drugFree.get();
			// Invented story, in the spirit of the article's drug-free village.
			exemplars.hold(RecipientKind.VILLAGE + ":" + m.villageIds().get(0), new Exemplar.Content(
					"Điển hình tự quản phòng, chống ma túy ở khu dân cư",
					"Từ năm 2019, Nhân dân thôn 2 xã Tân Lập cùng tổ tự quản giữ khu dân cư không có người nghiện mới.\n"
							+ "Mỗi tháng, già làng, người có uy tín và đoàn viên thanh niên đến từng hộ tuyên truyền, vận động; "
							+ "các gia đình ký cam kết không để con em vi phạm.\n"
							+ "Mô hình được Ủy ban MTTQ Việt Nam xã biểu dương tại Ngày hội Đại đoàn kết toàn dân tộc năm 2020.",
					true, LocalDate.of(2021, 1, 15), List.of(m.id()), praiseId == null ? List.of() : List.of(praiseId)));
		}
	}

	private static Optional<InitiativeView> find(List<InitiativeView> all, String name, String commune, String village) {
		return all.stream().filter(m -> m.name().equals(name) && VietnameseText.fold(m.communeName()).contains(commune)
				&& m.villageNames().equals(List.of(village)) && m.endDate() == null).findFirst();
	}

}
