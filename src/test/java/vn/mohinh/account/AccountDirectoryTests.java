package vn.mohinh.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.organisation.OrganisationDirectory;

/**
 * Whom reminders reach: editors whose own scope covers a record (including through the 2025
 * mergers), accounts linked to a person; and how an admin or the user sets the address and the link.
 */
@MoHinhTest
class AccountDirectoryTests {

	private static final LocalDate BEFORE_REFORM = LocalDate.of(2021, 6, 30);

	@Autowired
	AccountDirectory directory;

	@Autowired
	LocalityDirectory localities;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	TestAccounts test;

	LocalityView dakRuong;

	LocalityView tanLap;

	@BeforeEach
	void setUp() {
		test = new TestAccounts(accounts, encoder, messages);
		dakRuong = localities.findByCode("23488", BEFORE_REFORM).orElseThrow();
		tanLap = localities.findByCode("23497", BEFORE_REFORM).orElseThrow();
	}

	@Test
	void editorsOfTheCommuneAndItsDistrictAreAddressedNotThoseOfOtherCommunes() {
		List<String> forDakRuong = directory.editorsCovering(dakRuong.path()).stream().map(Recipient::username).toList();
		List<String> forTanLap = directory.editorsCovering(tanLap.path()).stream().map(Recipient::username).toList();

		assertThat(forDakRuong).contains("huyen", "dakruong").doesNotContain("admin", "lanhdao");
		assertThat(forTanLap).contains("huyen").doesNotContain("dakruong");
		assertThat(directory.editorsCovering(dakRuong.path())).filteredOn(r -> r.username().equals("dakruong"))
			.extracting(Recipient::email).containsExactly("dakruong@konray.example");
	}

	@Test
	void disabledEditorsAndNationalEditorsAreNotAddressed() {
		UserAccount disabled = test.create(Role.EDITOR, dakRuong.id());
		disabled.change(disabled.displayName(), Role.EDITOR, dakRuong.id(), false);
		accounts.save(disabled);
		UserAccount national = test.create(Role.EDITOR, null);

		List<String> names = directory.editorsCovering(dakRuong.path()).stream().map(Recipient::username).toList();
		assertThat(names).doesNotContain(disabled.username(), national.username());
	}

	@Test
	void anEditorOfTheCommuneFormedByTheMergerCoversTheFormerCommune() {
		Set<Long> covering = localities.unitsCovering(dakRuong.path());
		Set<Long> onPath = new java.util.HashSet<>();
		for (String part : dakRuong.path().split("/")) {
			if (!part.isEmpty()) {
				onPath.add(Long.valueOf(part));
			}
		}
		Long successor = covering.stream().filter(id -> !onPath.contains(id))
			.filter(id -> localities.find(id).map(l -> l.validTo() == null).orElse(false)).findFirst().orElseThrow();
		UserAccount newCommuneEditor = test.create(Role.EDITOR, successor);

		assertThat(directory.editorsCovering(dakRuong.path())).extracting(Recipient::username)
			.contains(newCommuneEditor.username());
	}

	@Test
	void accountsOfAPersonAreFoundByTheLink() {
		UserAccount linked = test.create(Role.EDITOR, dakRuong.id());
		linked.contact("Hoa@KonRay.example ", 987_654_321L);
		accounts.save(linked);

		assertThat(directory.accountsOfPerson(987_654_321L)).containsExactly(
				new Recipient(linked.username(), linked.displayName(), "hoa@konray.example", 987_654_321L));
		assertThat(directory.accountsOfPerson(987_654_322L)).isEmpty();
	}

	@Test
	@WithUserDetails("admin")
	void adminLinksAnAccountToAPartyMemberAndGivesAnAddress(@Autowired OrganisationDirectory organisations)
			throws Exception {
		UserAccount account = test.create(Role.EDITOR, dakRuong.id());
		String name = "Đinh Thị Hoa";
		mvc.perform(post("/admin/users/{id}", account.id()).with(csrf()).param("displayName", account.displayName())
			.param("role", "EDITOR").param("scopeCode", "23488").param("scopeOn", "30/06/2021").param("enabled", "true")
			.param("version", String.valueOf(account.version())).param("email", "hoa@konray.example")
			.param("person", name)).andExpect(redirectedUrl("/admin/users/" + account.id()));

		UserAccount saved = test.reload(account);
		assertThat(saved.email()).isEqualTo("hoa@konray.example");
		assertThat(saved.personId()).isNotNull();
		assertThat(organisations.findPerson(saved.personId()).orElseThrow().fullName()).isEqualTo(name);
	}

	@Test
	@WithUserDetails("admin")
	void aBadAddressOrAnUnknownPersonIsRefusedByTheFieldWithTheInputKept() throws Exception {
		UserAccount account = test.create(Role.EDITOR, dakRuong.id());
		mvc.perform(post("/admin/users/{id}", account.id()).with(csrf())
			.param("displayName", account.displayName()).param("role", "EDITOR").param("scopeCode", "23488")
			.param("scopeOn", "30/06/2021").param("enabled", "true").param("version", String.valueOf(account.version()))
			.param("email", "không phải thư").param("person", "Người Không Có"))
			.andExpect(status().isOk())
			.andExpect(Html.shows(test.vi("account.email.invalid")))
			.andExpect(Html.shows("không phải thư"));
		assertThat(test.reload(account).email()).isNull();

		mvc.perform(post("/admin/users/{id}", account.id()).with(csrf())
			.param("displayName", account.displayName()).param("role", "EDITOR").param("scopeCode", "23488")
			.param("scopeOn", "30/06/2021").param("enabled", "true").param("version", String.valueOf(account.version()))
			.param("email", "ok@konray.example").param("person", "Người Không Có"))
			.andExpect(status().isOk())
			.andExpect(Html.shows(test.vi("account.person.unknown", "Người Không Có")))
			.andExpect(Html.shows("value=\"Người Không Có\""));
		UserAccount unchanged = test.reload(account);
		assertThat(unchanged.email()).isNull();
		assertThat(unchanged.personId()).isNull();
	}

	@Test
	@WithUserDetails("lanhdao")
	void usersSetTheirOwnAddressOnTheProfile() throws Exception {
		mvc.perform(post("/profile/email").with(csrf()).param("email", "lanhdao@konray.example"))
			.andExpect(redirectedUrl("/profile"));
		assertThat(accounts.findByUsername("lanhdao").orElseThrow().email()).isEqualTo("lanhdao@konray.example");
		mvc.perform(get("/profile")).andExpect(content().string(containsString("lanhdao@konray.example")));

		mvc.perform(post("/profile/email").with(csrf()).param("email", "sai địa chỉ")).andExpect(status().isOk());
		assertThat(accounts.findByUsername("lanhdao").orElseThrow().email()).isEqualTo("lanhdao@konray.example");

		mvc.perform(post("/profile/email").with(csrf()).param("email", "")).andExpect(redirectedUrl("/profile"));
		assertThat(accounts.findByUsername("lanhdao").orElseThrow().email()).isNull();
	}

}
