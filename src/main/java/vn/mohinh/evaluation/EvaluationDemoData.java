package vn.mohinh.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.initiative.InitiativeLifecycle;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.shared.demo.DemoSeed;
import vn.mohinh.shared.security.ScopedPrincipal;
import vn.mohinh.shared.text.VietnameseText;

/**
 * Demo data: the yearly evaluations 2019–2021 of the article's models (FACTS.md), telling its story
 * ("đã được cán bộ, đảng viên và Nhân dân đánh giá là mô hình triển khai có hiệu quả"): most judged
 * effective (Tốt, Khá), a few Đạt, two not effective in 2020 that improved in 2021; and, in January
 * 2022, the decision to maintain the models judged good in 2021 ("tiếp tục được duy trì hoạt
 * động"). The article gives no score, rating, comment or date: every one of them below is our
 * invention, consistent with the article. No replication or conversion is invented (the article
 * names none). The pilots started in 11/2019 are first evaluated for 2020, a full year of work.
 */
@Component
@Order(60)
class EvaluationDemoData implements ApplicationRunner {

	/** Invented: the day the district office recorded its decisions on the 2021 evaluations. */
	static final LocalDate DECIDED_ON = LocalDate.of(2022, 1, 14);

	/** The model whose registration and status other parts' tests rely on: evaluated, never decided on. */
	static final String PROVINCIAL_PILOT = "Khu dân cư an toàn về an ninh trật tự";

	private final InitiativeDirectory models;
	private final InitiativeLifecycle lifecycle;
	private final CriteriaCatalogue criteria;
	private final Evaluations evaluations;
	private final EvaluationComments comments;
	private final UserDetailsService users;
	private final DemoSeed seed;
	private final TransactionTemplate transaction;

	EvaluationDemoData(InitiativeDirectory models, InitiativeLifecycle lifecycle, CriteriaCatalogue criteria,
			Evaluations evaluations, EvaluationComments comments, UserDetailsService users, DemoSeed seed,
			PlatformTransactionManager transactions) {
		this.models = models;
		this.lifecycle = lifecycle;
		this.criteria = criteria;
		this.evaluations = evaluations;
		this.comments = comments;
		this.users = users;
		this.seed = seed;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** One model of the article: its type (= name), commune, villages, and the rating of each year evaluated. */
	private record Plan(String name, String commune, String villages, Map<Integer, Rating> ratings,
			Map<Integer, Boolean> notEffective) {

		Plan(String name, String commune, String villages, Map<Integer, Rating> ratings) {
			this(name, commune, villages, ratings, Map.of());
		}

	}

	private static final Rating T = Rating.TOT;
	private static final Rating K = Rating.KHA;
	private static final Rating D = Rating.DAT;
	private static final Rating C = Rating.CHUA_DAT;

	/** Invented ratings, year by year; the article only says that the models work. */
	private static final List<Plan> PLANS = List.of(
			// Registered in 2017 under Plan 43-KH/HU.
			new Plan("Khu dân cư văn hóa kiểu mẫu", "dak rve", "Thôn 5", Map.of(2019, T, 2020, T, 2021, T)),
			new Plan("Khu dân cư đảm bảo an toàn giao thông", "dak rve", "Thôn 4", Map.of(2019, K, 2020, K, 2021, T)),
			new Plan("Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn", "dak koi", "Thôn 7", Map.of(2019, D, 2020, K, 2021, K)),
			new Plan("Nước sạch vệ sinh môi trường", "dak pne", "Thôn 3", Map.of(2019, K, 2020, K, 2021, T)),
			new Plan("Khu dân cư phòng, chống ma túy", "tan lap", "Thôn 2", Map.of(2019, T, 2020, T, 2021, T)),
			// The provincial pilot founded in 2019.
			new Plan(PROVINCIAL_PILOT, "tan lap", "Thôn 2", Map.of(2019, K, 2020, T, 2021, T)),
			// The pilots followed from 11/2019.
			new Plan("Khu dân cư phòng, chống ma túy", "tan lap", "Thôn 3", Map.of(2020, K, 2021, T)),
			new Plan("Khu dân cư đảm bảo an toàn giao thông", "dak ruong", "Thôn 12, Thôn 13, Thôn 9", Map.of(2020, K, 2021, K)),
			new Plan("Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn", "dak ruong", "Thôn 11, Thôn 12", Map.of(2020, D, 2021, K)),
			new Plan("Khu dân cư đảm bảo vệ sinh môi trường", "dak ruong", "Thôn 8", Map.of(2020, T, 2021, T)),
			new Plan("Khu dân cư văn hóa kiểu mẫu", "dak ruong", "Thôn 10", Map.of(2020, K, 2021, T)),
			new Plan("Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn", "dak to re", "Thôn 4, Thôn 8", Map.of(2020, C, 2021, D),
					Map.of(2020, true)),
			new Plan("Nước sạch vệ sinh môi trường", "dak pne", "Thôn 1", Map.of(2020, K, 2021, K)),
			new Plan("Xanh, sạch, đẹp", "dak pne", "Thôn 2", Map.of(2020, T, 2021, T)),
			new Plan("Khu dân cư văn hóa kiểu mẫu", "dak pne", "Thôn 2", Map.of(2020, K, 2021, K)),
			new Plan("Khu dân cư đảm bảo an toàn giao thông", "dak pne", "Thôn 3, Thôn 4", Map.of(2020, D, 2021, K)),
			new Plan("Khu dân cư văn hóa kiểu mẫu", "dak rve", "Thôn 2, Thôn 3", Map.of(2020, T, 2021, T)),
			new Plan("Khu dân cư phòng, chống tội phạm", "dak rve", "Thôn 3", Map.of(2020, K, 2021, K)),
			new Plan("Khu dân cư đảm bảo an toàn giao thông", "dak rve", "Thôn 3", Map.of(2020, K, 2021, T)),
			new Plan("Khu dân cư đảm bảo vệ sinh môi trường", "dak rve", "Thôn 4", Map.of(2020, K, 2021, K)),
			new Plan("Khu dân cư đảm bảo vệ sinh môi trường", "dak koi", "Thôn 1, Thôn 7", Map.of(2020, K, 2021, T)),
			new Plan("Khu dân cư đảm bảo an toàn giao thông", "dak koi", "Thôn 10", Map.of(2020, D, 2021, D), Map.of(2020, true)),
			// Founded early 2021 under the campaign: first results ("bước đầu đạt được một số kết quả khả quan").
			new Plan("Vệ sinh môi trường và cải tạo vườn tạp", "dak koi", "Thôn 1", Map.of(2021, K)),
			new Plan("Nuôi gà", "dak rve", "Thôn 5", Map.of(2021, K)));

	/** Invented conclusions, one per rating. */
	private static final Map<Rating, String> CONCLUSIONS = Map.of(
			Rating.TOT, "Mô hình duy trì hoạt động thường xuyên, phát huy tinh thần tự quản của Nhân dân; đạt và vượt các chỉ tiêu đề ra.",
			Rating.KHA, "Mô hình hoạt động ổn định, được Nhân dân hưởng ứng; cần duy trì sinh hoạt định kỳ và tiếp tục tuyên truyền, vận động.",
			Rating.DAT, "Mô hình bước đầu có kết quả; một số nội dung chưa thực hiện thường xuyên, cần tăng cường kiểm tra, hướng dẫn.",
			Rating.CHUA_DAT, "Mô hình chưa phát huy hiệu quả: việc tuyên truyền, vận động còn hạn chế; đề nghị củng cố tổ tự quản và kiểm tra lại trong năm sau.");

	@Override
	public void run(ApplicationArguments args) {
		seed.loadOnce("evaluations", this::load);
	}

	private void load() {
		List<InitiativeView> all = new ArrayList<>();
		Page<InitiativeView> page = models.inScope(PageRequest.of(0, InitiativeDirectory.MAX_RESULTS));
		all.addAll(page.getContent());
		while (page.hasNext()) {
			page = models.inScope(page.nextPageable());
			all.addAll(page.getContent());
		}
		// The district office evaluates the district's models (invented: who recorded them).
		Evaluation.Author district = account("huyen");
		Evaluation.Author commune = account("dakruong");
		for (Plan plan : PLANS) {
			InitiativeView model = all.stream().filter(m -> matches(m, plan)).findFirst().orElse(null);
			if (model == null) {
				continue;
			}
			for (var year : plan.ratings().keySet().stream().sorted().toList()) {
				Rating rating = plan.ratings().get(year);
				boolean effective = rating.passing() && !plan.notEffective().getOrDefault(year, false);
				Evaluation evaluation = evaluate(model, year, rating, effective, district);
				if (evaluation == null) {
					continue;
				}
				if (rating == Rating.CHUA_DAT) {
					comments.save(EvaluationComment.write(evaluation.id(), district,
							"Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam xã tăng cường tuyên truyền, vận động đồng bào; "
									+ "đảng viên phụ trách theo dõi sát và báo cáo Chi bộ hằng tháng.",
							Instant.parse((year + 1) + "-01-10T02:00:00Z")));
				}
				if (year == 2021 && plan.commune().equals("dak ruong") && plan.name().contains("an toàn giao thông")) {
					comments.save(EvaluationComment.write(evaluation.id(), commune,
							"Thôn 12 làm tốt việc giữ đường làng thông thoáng; đề nghị các thôn khác học cách làm của tổ tự quản.",
							Instant.parse("2022-01-11T03:00:00Z")));
				}
				if (year == 2021 && effective && (rating == Rating.TOT || rating == Rating.KHA)
						&& !plan.name().equals(PROVINCIAL_PILOT)) {
					lifecycle.maintain(model.id(), DECIDED_ON);
					evaluation.decided(Decision.MAINTAIN, DECIDED_ON, null, null, null, List.of(), district,
							Instant.parse("2022-01-14T03:00:00Z"));
					evaluations.saveAndFlush(evaluation);
				}
			}
		}
	}

	private Evaluation evaluate(InitiativeView model, int year, Rating rating, boolean effective, Evaluation.Author by) {
		LocalDate end = LocalDate.of(year, 12, 31);
		CriteriaSet set = criteria.setFor(model.typeId(), model.scopePath(), end).orElse(null);
		if (set == null || evaluations.findOfYear(model.id(), year).isPresent()) {
			return null;
		}
		List<CriterionView> scoredOn = set.criteria();
		List<Evaluation.ScoreInput> scores = new ArrayList<>();
		for (int i = 0; i < scoredOn.size(); i++) {
			scores.add(new Evaluation.ScoreInput(scoredOn.get(i).id(), score(scoredOn.get(i).maxScore(), rating, i)));
		}
		Evaluation evaluation = Evaluation.record(model, year, LocalDate.of(year + 1, 1, 10), set.id(), scoredOn,
				new Evaluation.Judgement(scores, rating, effective, CONCLUSIONS.get(rating)), by,
				Instant.parse((year + 1) + "-01-08T02:00:00Z"));
		return evaluations.saveAndFlush(evaluation);
	}

	/** A score in line with the rating (Tốt about 90%, Khá 78%, Đạt 62%, Chưa đạt 42%), a point up or down by row. */
	static int score(int max, Rating rating, int row) {
		double share = switch (rating) {
			case TOT -> 0.90;
			case KHA -> 0.78;
			case DAT -> 0.62;
			case CHUA_DAT -> 0.42;
		};
		int wobble = row % 3 == 0 ? 1 : row % 3 == 1 ? -1 : 0;
		return Math.max(0, Math.min(max, (int) Math.round(max * share) + wobble));
	}

	private static boolean matches(InitiativeView model, Plan plan) {
		List<String> villages = model.villageNames().stream().sorted().toList();
		List<String> wanted = java.util.Arrays.stream(plan.villages().split(", ")).sorted().toList();
		return model.name().equals(plan.name()) && VietnameseText.fold(model.communeName()).contains(plan.commune())
				&& villages.equals(wanted) && model.endDate() == null;
	}

	private Evaluation.Author account(String username) {
		try {
			var user = users.loadUserByUsername(username);
			String name = user instanceof ScopedPrincipal p ? p.displayName() : username;
			return new Evaluation.Author(username, name);
		}
		catch (UsernameNotFoundException ex) {
			return new Evaluation.Author("demo-data", "demo-data");
		}
	}

}
