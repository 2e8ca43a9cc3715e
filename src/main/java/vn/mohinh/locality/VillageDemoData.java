package vn.mohinh.locality;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.shared.demo.DemoSeed;

/**
 * Demo data: every village (thôn) of Kon Rẫy that the source article names, under its commune as
 * it stood before the 2025 reform.
 */
@Component
@Order(5)
class VillageDemoData implements ApplicationRunner {

	private static final LocalDate DEMO_DAY = LocalDate.of(2021, 6, 30);

	/** Commune code → the numbers of the thôn the article names there. */
	static final Map<String, List<Integer>> VILLAGES = new LinkedHashMap<>();
	static {
		VILLAGES.put("23497", List.of(2, 3)); // xã Tân Lập
		VILLAGES.put("23488", List.of(8, 9, 10, 11, 12, 13)); // xã Đăk Ruồng
		VILLAGES.put("23494", List.of(4, 8)); // xã Đăk Tờ Re
		VILLAGES.put("23491", List.of(1, 2, 3, 4)); // xã Đăk Pne
		VILLAGES.put("23479", List.of(2, 3, 4, 5)); // thị trấn Đăk Rve
		VILLAGES.put("23482", List.of(1, 7, 10)); // xã Đăk Kôi
	}

	private final Localities localities;
	private final DemoSeed seed;

	VillageDemoData(Localities localities, DemoSeed seed) {
		this.localities = localities;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!seed.claim("villages")) {
			return;
		}
		for (var entry : VILLAGES.entrySet()) {
			Locality commune = localities.findByCodeOn(entry.getKey(), DEMO_DAY).orElseThrow();
			for (int number : entry.getValue()) {
				String name = "Thôn " + number;
				boolean exists = localities.exists((root, q, cb) -> cb.and(cb.equal(root.get("parentId"), commune.id()),
						cb.equal(root.get("name"), name)));
				if (!exists) {
					Locality village = localities.save(Locality.village(LocalityKind.THON, name, commune, null));
					village.placeUnder(commune);
				}
			}
		}
	}

}
