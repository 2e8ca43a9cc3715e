package vn.mohinh.account;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.mohinh.shared.web.Paging;

/** The audit trail for administrators: every change set, newest first. */
@Controller
class AuditController {

	private final AuditRevisions revisions;

	AuditController(AuditRevisions revisions) {
		this.revisions = revisions;
	}

	@GetMapping("/admin/audit")
	@Transactional(readOnly = true)
	String audit(@RequestParam(required = false) String user, @RequestParam(required = false) Integer page, Model model) {
		var pageable = Paging.of(page, 50, null);
		Page<AuditRevision> found = user == null || user.isBlank() ? revisions.findAllByOrderByIdDesc(pageable)
				: revisions.findByUsernameOrderByIdDesc(user.strip(), pageable);
		model.addAttribute("revisions", found.map(RevisionRow::of));
		model.addAttribute("user", user);
		return "account/audit";
	}

	/** A revision as the page shows it; entity names reduced to the simple class name for labels. */
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	public record RevisionRow(long id, LocalDateTime changedAt, String username, List<String> kinds) {

		static RevisionRow of(AuditRevision revision) {
			return new RevisionRow(revision.id(), LocalDateTime.ofInstant(revision.changedAt(), VIETNAM), revision.username(),
					revision.entityNames().stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).sorted().toList());
		}

	}

}
