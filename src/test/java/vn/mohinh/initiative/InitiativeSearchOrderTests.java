package vn.mohinh.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.mohinh.MoHinhTest;
import vn.mohinh.shared.text.VietnameseText;

/** A word search keeps the list's Vietnamese name order and pages through every match once. */
@MoHinhTest
class InitiativeSearchOrderTests {

	@Autowired
	MockMvc mvc;

	List<String> names(String query) throws Exception {
		String json = mvc.perform(get(java.net.URI.create("/api/v1/initiatives" + query))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.items[*].name");
	}

	@Test
	@WithUserDetails("huyen")
	void pagesOfASearchFollowNameOrderWithoutGapsOrRepeats() throws Exception {
		List<String> all = names("?q=khu%20dan%20cu&size=200");
		assertThat(all).hasSizeGreaterThan(10).isSortedAccordingTo(VietnameseText.comparing(n -> n));
		List<String> paged = new ArrayList<>();
		for (int page = 0; page * 5 < all.size(); page++) {
			paged.addAll(names("?q=khu%20dan%20cu&size=5&page=" + page));
		}
		assertThat(paged).isEqualTo(all);
	}

}
