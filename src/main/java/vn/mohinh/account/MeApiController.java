package vn.mohinh.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: lets a script check its token before it does real work. */
@RestController
class MeApiController {

	private final AccountProfile profile;

	MeApiController(AccountProfile profile) {
		this.profile = profile;
	}

	/** Username, display name, role and scope (code and name; {@code null} for the whole country). */
	@GetMapping("/api/v1/me")
	AccountProfile.Profile me(@AuthenticationPrincipal AccountPrincipal me) {
		return profile.profile(me.id());
	}

}
