package vn.mohinh.notification;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mohinh.shared.web.Paging;

/** The user's notifications: the list, the unread count in the header, opening and marking read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final NotificationInbox inbox;

	NotificationController(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("notifications", inbox.mine(Paging.of(page, 20, Sort.unsorted())));
		model.addAttribute("unread", inbox.unread());
		return "notification/list";
	}

	/** The unread count for the header, loaded by htmx after the page so that pages stay cacheable and light. */
	@GetMapping("/badge")
	String badge(Model model) {
		model.addAttribute("unread", inbox.unread());
		return "notification/badge :: badge";
	}

	/** Opening a notification marks it read and goes where it points. */
	@GetMapping("/{id}")
	String open(@PathVariable long id) {
		String link = inbox.open(id);
		return "redirect:" + (link == null ? "/notifications" : link);
	}

	@PostMapping("/read")
	String markAllRead(RedirectAttributes redirect) {
		inbox.markAllRead();
		redirect.addFlashAttribute("flash", "notification.allRead");
		return "redirect:/notifications";
	}

}
