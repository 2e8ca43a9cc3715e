package vn.mohinh.document;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.shared.demo.DemoSeed;
import vn.mohinh.locality.LocalityView;

/**
 * Demo data: the three guiding documents of the source article (FACTS.md), plus one plan of xã Tân
 * Lập for the 2019 people's forum, so that scope can be tried out. Runs again without duplicating.
 */
@Component
@Order(30)
class DocumentDemoData implements ApplicationRunner {

	private final Documents documents;
	private final LocalityDirectory localities;
	private final DocumentKindNames kindNames;
	private final DemoSeed seed;

	DocumentDemoData(Documents documents, LocalityDirectory localities, DocumentKindNames kindNames, DemoSeed seed) {
		this.documents = documents;
		this.localities = localities;
		this.kindNames = kindNames;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!seed.claim("documents")) {
			return;
		}
		add(new DocumentDetails(DocumentKind.CHI_THI, "05-CT/TW", LocalDate.of(2016, 5, 15), 2016, "Bộ Chính trị",
				"về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
				"Chỉ thị của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
				null);
		add(new DocumentDetails(DocumentKind.KE_HOACH, "43-KH/HU", LocalDate.of(2017, 1, 24), 2017,
				"Ban Chấp hành Đảng bộ huyện Kon Rẫy",
				"thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị",
				"Kế hoạch của Huyện ủy Kon Rẫy triển khai Chỉ thị 05-CT/TW; các chi bộ đăng ký mô hình học tập, "
						+ "làm theo Bác với Ban Tuyên giáo Huyện ủy."),
				"614");
		// The article gives the year of the campaign but neither a number nor a day.
		add(new DocumentDetails(DocumentKind.CUOC_VAN_DONG, null, null, 2021, "Ban Thường vụ Huyện ủy Kon Rẫy",
				"Làm thay đổi nếp nghĩ, cách làm của đồng bào dân tộc thiểu số, làm cho đồng bào dân tộc thiểu số vươn "
						+ "lên thoát nghèo bền vững",
				null), "614");
		// Invented for the demo (number and day are plausible, not sourced): the commune's plan for its 2019 forum.
		add(new DocumentDetails(DocumentKind.KE_HOACH, "08/KH-MTTQ-BTT", LocalDate.of(2019, 3, 12), 2019,
				"Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập",
				"tổ chức Diễn đàn Nhân dân tố giác tội phạm năm 2019",
				"Phối hợp với Công an xã tổ chức diễn đàn tại thôn 2, gắn với mô hình khu dân cư an toàn về an ninh "
						+ "trật tự."),
				"23497");
	}

	private void add(DocumentDetails details, String localityCode) {
		if (documents.existsByIssuerKeyAndYearAndTitle(details.issuerKey(), details.year(), details.title())) {
			return;
		}
		Placement placement = Placement.NATIONAL;
		if (localityCode != null) {
			LocalityView locality = localities.findByCode(localityCode, details.referenceDay()).orElseThrow();
			placement = new Placement(locality.id(), localities.address(locality.id()), locality.path());
		}
		documents.save(GuidingDocument.register(details, placement, kindNames, Clock.systemDefaultZone().instant()));
	}

}
