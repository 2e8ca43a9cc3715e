package vn.mohinh.portal;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mohinh.shared.files.FileStore;
import vn.mohinh.shared.rules.RuleErrors;
import vn.mohinh.shared.web.NotFoundException;
import vn.mohinh.shared.web.Paging;

/** The editor pages of articles: list, page with the public preview, write, revise, and the workflow's buttons. */
@Controller
@RequestMapping("/articles")
class ArticleController {

	private static final String FORM = "portal/articles/form";
	private static final String SHOW = "portal/articles/show";

	private final ArticleService service;
	private final FileStore files;

	ArticleController(ArticleService service, FileStore files) {
		this.service = service;
		this.files = files;
	}

	@InitBinder
	void guardIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String category,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		ArticleStatus wanted = null;
		for (ArticleStatus s : ArticleStatus.values()) {
			if (s.name().equals(status)) {
				wanted = s;
			}
		}
		model.addAttribute("page", service.list(new ArticleService.Criteria(wanted, category, q), Paging.of(page, null, Sort.unsorted())));
		model.addAttribute("statuses", ArticleStatus.values());
		model.addAttribute("categories", service.categoryCodes());
		model.addAttribute("status", wanted == null ? null : wanted.name());
		model.addAttribute("category", category);
		model.addAttribute("q", q);
		model.addAttribute("canCreate", service.mayCreate());
		return "portal/articles/list";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("a", service.read(id));
		model.addAttribute("actionForm", new ArticleActionForm());
		return SHOW;
	}

	@GetMapping("/{id:\\d+}/cover")
	ResponseEntity<Resource> cover(@PathVariable long id) {
		PublishedArticles.StoredCover cover = service.cover(id).orElseThrow(() -> new NotFoundException("cover", id));
		java.nio.file.Path path = files.find(cover.hash()).orElseThrow(() -> new NotFoundException("cover", id));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(cover.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(path));
	}

	@GetMapping("/new")
	String newForm(Model model) {
		service.requireEditor();
		model.addAttribute("articleForm", new ArticleForm());
		return showForm(model, null);
	}

	@PostMapping
	String create(@ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@RequestParam(required = false) String preview, Model model, RedirectAttributes redirect) {
		service.requireEditor();
		if (preview != null || result.hasErrors()) {
			return showForm(model, null);
		}
		try {
			long id = service.write(form.toContent(), form.coverChange());
			redirect.addFlashAttribute("flash", "article.flash.created");
			return "redirect:/articles/" + id;
		}
		catch (ArticleRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, null);
		}
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		ArticleDetails a = service.readForChange(id);
		model.addAttribute("articleForm", ArticleForm.of(a));
		return showForm(model, a);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			@RequestParam(required = false) String preview, Model model, RedirectAttributes redirect) {
		ArticleDetails a = service.readForChange(id);
		if (preview != null || result.hasErrors()) {
			return showForm(model, a);
		}
		try {
			service.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.toContent(), form.coverChange());
			redirect.addFlashAttribute("flash", "article.flash.saved");
			return "redirect:/articles/" + id;
		}
		catch (ArticleRuleException ex) {
			RuleErrors.reject(result, ex);
			return showForm(model, a);
		}
		catch (StaleArticleException | OptimisticLockingFailureException ex) {
			ArticleDetails current = service.read(id);
			result.reject("common.stale");
			form.setVersion(current.version());
			model.addAttribute("current", current);
			return showForm(model, current);
		}
	}

	@PostMapping("/{id:\\d+}/submit")
	String submit(@PathVariable long id, @ModelAttribute("actionForm") ArticleActionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, form, result, model, redirect, "article.flash.submitted",
				() -> service.submit(id, form.versionOr(-1)));
	}

	@PostMapping("/{id:\\d+}/publish")
	String publish(@PathVariable long id, @ModelAttribute("actionForm") ArticleActionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, form, result, model, redirect, "article.flash.published", () -> service.publish(id,
				form.versionOr(-1), form.getPublishDate(), form.getPublishTime(), form.isFeatured()));
	}

	@PostMapping("/{id:\\d+}/return")
	String returnToDraft(@PathVariable long id, @ModelAttribute("actionForm") ArticleActionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, form, result, model, redirect, "article.flash.returned",
				() -> service.returnToDraft(id, form.versionOr(-1), form.getReason()));
	}

	@PostMapping("/{id:\\d+}/withdraw")
	String withdraw(@PathVariable long id, @ModelAttribute("actionForm") ArticleActionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, form, result, model, redirect, "article.flash.withdrawn",
				() -> service.withdraw(id, form.versionOr(-1), form.getReason()));
	}

	@PostMapping("/{id:\\d+}/feature")
	String feature(@PathVariable long id, @ModelAttribute("actionForm") ArticleActionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, form, result, model, redirect, "article.flash.featured",
				() -> service.feature(id, form.versionOr(-1), form.isFeatured()));
	}

	/** Runs a workflow step; a refusal shows the article again with the message and what was typed. */
	private String act(long id, ArticleActionForm form, BindingResult result, Model model, RedirectAttributes redirect,
			String flash, Runnable step) {
		ArticleDetails before = service.read(id);
		if (result.hasErrors()) {
			model.addAttribute("a", before);
			return SHOW;
		}
		try {
			step.run();
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/articles/" + id;
		}
		catch (ArticleRuleException ex) {
			RuleErrors.reject(result, ex);
		}
		catch (StaleArticleException | OptimisticLockingFailureException ex) {
			result.reject("common.stale");
		}
		model.addAttribute("a", service.read(id));
		return SHOW;
	}

	private String showForm(Model model, ArticleDetails a) {
		ArticleForm form = (ArticleForm) model.getAttribute("articleForm");
		model.addAttribute("a", a);
		model.addAttribute("categories", service.categoryCodes());
		model.addAttribute("modelChoices", service.modelChoices(form.getModelIds()));
		model.addAttribute("localityChoices", service.localityChoices());
		model.addAttribute("exemplarChoices", service.exemplarChoices());
		model.addAttribute("preview", ArticleSanitiser.body(form.getBody()));
		model.addAttribute("maxBytes", files.maxBytes() / (1024 * 1024));
		return FORM;
	}

}
