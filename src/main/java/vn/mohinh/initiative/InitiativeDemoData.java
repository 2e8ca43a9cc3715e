package vn.mohinh.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.mohinh.document.GuidingDocumentView;
import vn.mohinh.document.GuidingDocuments;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.demo.DemoSeed;

/**
 * Demo data: every model of the source article (FACTS.md) in its commune and villages, with its
 * level and years, registered with Ban Tuyên giáo Huyện ủy Kon Rẫy; and the 2019 people's forum of
 * xã Tân Lập. Where the article gives no place or day, the choice is marked below. Runs once.
 */
@Component
@Order(40)
class InitiativeDemoData implements ApplicationRunner {

	static final String MARKER = "Khu dân cư an toàn về an ninh trật tự";
	static final String BOARD = "Ban Tuyên giáo Huyện ủy Kon Rẫy";
	static final String OFFICE = "Cơ quan Ủy ban MTTQ Việt Nam huyện Kon Rẫy";
	static final String OFFICER = "Phạm Văn Đức";
	static final String TAN_LAP = "23497";
	static final String DAK_RUONG = "23488";
	static final String DAK_TO_RE = "23494";
	static final String DAK_PNE = "23491";
	static final String DAK_RVE = "23479";
	static final String DAK_KOI = "23482";

	private final Initiatives initiatives;
	private final InitiativeTypes types;
	private final Events events;
	private final LocalityDirectory localities;
	private final OrganisationDirectory organisations;
	private final GuidingDocuments documents;
	private final DemoSeed seed;
	private final org.springframework.context.ApplicationEventPublisher publisher;
	private final TransactionTemplate transaction;

	InitiativeDemoData(Initiatives initiatives, InitiativeTypes types, Events events, LocalityDirectory localities,
			OrganisationDirectory organisations, GuidingDocuments documents,
			PlatformTransactionManager transactions, DemoSeed seed,
			org.springframework.context.ApplicationEventPublisher publisher) {
		this.transaction = new TransactionTemplate(transactions);
		this.initiatives = initiatives;
		this.types = types;
		this.events = events;
		this.localities = localities;
		this.organisations = organisations;
		this.documents = documents;
		this.seed = seed;
		this.publisher = publisher;
	}

	/** The transaction commits inside the loader's sign-in, so that the audit trail names it. */
	@Override
	public void run(ApplicationArguments args) {
		seed.loadOnce("initiatives", this::load);
	}

	private void load() {
		Set<Long> plan43 = document("43-KH/HU");
		Set<Long> campaign = documents.search("lam thay doi nep nghi", 5).stream().map(GuidingDocumentView::id)
			.collect(java.util.stream.Collectors.toSet());

		// Registered from 2017 under Plan 43-KH/HU. The article names no place: these villages are our
		// choice, where the same type does not also run from 11/2019.
		LocalDate y2017 = LocalDate.of(2017, 3, 1);
		add("Khu dân cư văn hóa kiểu mẫu", DAK_RVE, List.of("Thôn 5"), y2017, PilotLevel.DIEM_CAP_TINH, OFFICE, OFFICER, List.of(), plan43);
		add("Khu dân cư đảm bảo an toàn giao thông", DAK_RVE, List.of("Thôn 4"), y2017, PilotLevel.NONE, OFFICE, OFFICER, List.of(), plan43);
		add("Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn", DAK_KOI, List.of("Thôn 7"), y2017, PilotLevel.NONE, OFFICE, OFFICER, List.of(), plan43);
		add("Nước sạch vệ sinh môi trường", DAK_PNE, List.of("Thôn 3"), y2017, PilotLevel.NONE, OFFICE, OFFICER, List.of(), plan43);
		add("Khu dân cư phòng, chống ma túy", TAN_LAP, List.of("Thôn 2"), y2017, PilotLevel.NONE, OFFICE, OFFICER, List.of(), plan43);

		// 2019: the provincial pilot with the provincial Front's boards (the day is our choice).
		Initiative antt = add(MARKER, TAN_LAP, List.of("Thôn 2"), LocalDate.of(2019, 5, 1), PilotLevel.DIEM_CAP_TINH,
				"Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập", "A Thuận",
				List.of(new Partner(null, "Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Kon Tum", "Theo dõi, hướng dẫn"),
						new Partner(null, "Ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Kon Tum", "Theo dõi, hướng dẫn")),
				plan43);
		LocalityView tanLap = commune(TAN_LAP, LocalDate.of(2019, 5, 20));
		if (!events.existsByNameAndHeldOn("Diễn đàn Nhân dân tố giác tội phạm", LocalDate.of(2019, 5, 20))) {
			events.save(InitiativeEvent.record("Diễn đàn Nhân dân tố giác tội phạm", LocalDate.of(2019, 5, 20), tanLap,
					localities.address(tanLap.id()), antt,
					"Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập tổ chức, các Ban chuyên môn của Ủy ban MTTQ Việt Nam tỉnh hướng dẫn.",
					Instant.now()));
		}

		// Pilot models followed from 11/2019 (the article's table); the level is not given: commune pilots.
		LocalDate nov2019 = LocalDate.of(2019, 11, 1);
		String tanLapBoard = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập";
		String dakRuongBoard = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đắk Ruồng";
		add("Khu dân cư phòng, chống ma túy", TAN_LAP, List.of("Thôn 3"), nov2019, PilotLevel.DIEM_CAP_XA, tanLapBoard, "A Thuận", List.of(), plan43);
		add("Khu dân cư đảm bảo an toàn giao thông", DAK_RUONG, List.of("Thôn 9", "Thôn 12", "Thôn 13"), nov2019, PilotLevel.DIEM_CAP_XA, dakRuongBoard, "Đinh Thị Hoa", List.of(), plan43);
		add("Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn", DAK_RUONG, List.of("Thôn 11", "Thôn 12"), nov2019, PilotLevel.DIEM_CAP_XA, dakRuongBoard, "Đinh Thị Hoa", List.of(), plan43);
		add("Khu dân cư đảm bảo vệ sinh môi trường", DAK_RUONG, List.of("Thôn 8"), nov2019, PilotLevel.DIEM_CAP_XA, dakRuongBoard, "Đinh Thị Hoa", List.of(), plan43);
		add("Khu dân cư văn hóa kiểu mẫu", DAK_RUONG, List.of("Thôn 10"), nov2019, PilotLevel.DIEM_CAP_XA, dakRuongBoard, "Đinh Thị Hoa", List.of(), plan43);
		add("Khu dân cư văn hóa kiểu mẫu không còn tà đạo Hà Mòn", DAK_TO_RE, List.of("Thôn 4", "Thôn 8"), nov2019, PilotLevel.DIEM_CAP_XA, OFFICE, OFFICER, List.of(), plan43);
		add("Nước sạch vệ sinh môi trường", DAK_PNE, List.of("Thôn 1"), nov2019, PilotLevel.DIEM_CAP_XA, OFFICE, OFFICER, List.of(), plan43);
		add("Xanh, sạch, đẹp", DAK_PNE, List.of("Thôn 2"), nov2019, PilotLevel.DIEM_CAP_XA, OFFICE, OFFICER, List.of(), plan43);
		add("Khu dân cư văn hóa kiểu mẫu", DAK_PNE, List.of("Thôn 2"), nov2019, PilotLevel.DIEM_CAP_XA, OFFICE, OFFICER, List.of(), plan43);
		add("Khu dân cư đảm bảo an toàn giao thông", DAK_PNE, List.of("Thôn 3", "Thôn 4"), nov2019, PilotLevel.DIEM_CAP_XA, OFFICE, OFFICER, List.of(), plan43);
		add("Khu dân cư văn hóa kiểu mẫu", DAK_RVE, List.of("Thôn 2", "Thôn 3"), nov2019, PilotLevel.DIEM_CAP_XA, OFFICE, OFFICER, List.of(), plan43);
		add("Khu dân cư phòng, chống tội phạm", DAK_RVE, List.of("Thôn 3"), nov2019, PilotLevel.DIEM_CAP_XA, OFFICE, OFFICER, List.of(), plan43);
		add("Khu dân cư đảm bảo an toàn giao thông", DAK_RVE, List.of("Thôn 3"), nov2019, PilotLevel.DIEM_CAP_XA, OFFICE, OFFICER, List.of(), plan43);
		add("Khu dân cư đảm bảo vệ sinh môi trường", DAK_RVE, List.of("Thôn 4"), nov2019, PilotLevel.DIEM_CAP_XA, OFFICE, OFFICER, List.of(), plan43);
		add("Khu dân cư đảm bảo vệ sinh môi trường", DAK_KOI, List.of("Thôn 1", "Thôn 7"), nov2019, PilotLevel.DIEM_CAP_XA, OFFICE, OFFICER, List.of(), plan43);
		add("Khu dân cư đảm bảo an toàn giao thông", DAK_KOI, List.of("Thôn 10"), nov2019, PilotLevel.DIEM_CAP_XA, OFFICE, OFFICER, List.of(), plan43);

		// Early 2021 under the campaign (days are our choice): the district pilot, and the chicken-raising
		// livelihood model with the district court in the office's twinned village.
		add("Vệ sinh môi trường và cải tạo vườn tạp", DAK_KOI, List.of("Thôn 1"), LocalDate.of(2021, 3, 1),
				PilotLevel.DIEM_CAP_HUYEN, OFFICE, OFFICER, List.of(), campaign);
		add("Nuôi gà", DAK_RVE, List.of("Thôn 5"), LocalDate.of(2021, 3, 15), PilotLevel.NONE, OFFICE, OFFICER,
				List.of(new Partner(null, "Tòa án nhân dân huyện Kon Rẫy", "Tòa án nhân dân huyện")), campaign);
	}

	private Initiative add(String typeName, String communeCode, List<String> villageNames, LocalDate start,
			PilotLevel level, String lead, String personName, List<Partner> partnerNames, Set<Long> documentIds) {
		InitiativeType type = types.findByNameKey(InitiativeType.keyOf(typeName)).orElseThrow();
		LocalityView commune = commune(communeCode, start);
		List<LocalityView> villages = villageNames.stream()
			.map(v -> localities.findVillage(commune.id(), v).orElseThrow()).toList();
		var leadOrganisation = organisations.findByName(lead).orElseThrow();
		PersonView person = organisations.staffOf(leadOrganisation.id()).stream()
			.filter(p -> p.fullName().equals(personName)).findFirst().orElse(null);
		List<Partner> partners = new ArrayList<>();
		for (Partner p : partnerNames) {
			organisations.findByName(p.organisationName())
				.ifPresent(o -> partners.add(new Partner(o.id(), o.name(), p.role())));
		}
		InitiativeDetails details = new InitiativeDetails(typeName, null, start, null, true, level, start.getYear(),
				new Ref(leadOrganisation.id(), leadOrganisation.name()), person, partners, documentIds, List.of(), null);
		Instant now = Instant.now();
		Initiative initiative = Initiative.start(details, type.view(), commune, localities.address(commune.id()),
				villages, List.of(), now);
		initiative.submit(start.getYear(), "demo-data", now);
		var board = organisations.findByName(BOARD).orElseThrow();
		initiative.register(start.getYear(), true, new Ref(board.id(), board.name()), start.plusDays(14), null,
				"demo-data", now);
		Initiative saved = initiatives.saveAndFlush(initiative);
		publisher.publishEvent(saved.changed());
		return saved;
	}

	private LocalityView commune(String code, LocalDate on) {
		return localities.findByCode(code, on).orElseThrow();
	}

	private Set<Long> document(String number) {
		return documents.search(number, 5).stream().filter(d -> number.equals(d.number())).map(GuidingDocumentView::id)
			.collect(java.util.stream.Collectors.toSet());
	}

}
