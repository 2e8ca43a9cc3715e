package vn.mohinh.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import vn.mohinh.MoHinhApplication;

/** The organisation module uses other modules only through their public API. */
class ModuleStructureTests {

	@Test
	void dependsOnlyOnPublicTypesOfOtherModules() {
		ApplicationModules modules = ApplicationModules.of(MoHinhApplication.class);
		assertThat(modules.getModuleByName("organisation")).isPresent();
		assertThat(modules.detectViolations().getMessages())
			.filteredOn(message -> message.contains("vn.mohinh.organisation"))
			.isEmpty();
	}

}
