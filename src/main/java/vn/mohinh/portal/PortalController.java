package vn.mohinh.portal;

import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.mohinh.commendation.PublicExemplars;
import vn.mohinh.commendation.PublicExemplars.PublicExemplar;
import vn.mohinh.initiative.PublicInitiatives;
import vn.mohinh.initiative.PublicInitiatives.PublicInitiative;
import vn.mohinh.initiative.PublicInitiatives.PublicPhoto;
import vn.mohinh.shared.files.FileStore;
import vn.mohinh.shared.web.NotFoundException;
import vn.mohinh.shared.web.Paging;

/**
 * The public pages, for anyone without signing in: home, published models, exemplars and search.
 * Only the public facades are read, so unpublished content cannot reach a page; nothing here uses
 * the session (a session is a database row per visitor).
 */
@Controller
@RequestMapping("/portal")
class PortalController {

	static final int PAGE_SIZE = 20;

	private final PublicInitiatives initiatives;
	private final PublicExemplars exemplars;
	private final PortalNews news;
	private final FileStore files;

	PortalController(PublicInitiatives initiatives, PublicExemplars exemplars, PortalNews news, FileStore files) {
		this.initiatives = initiatives;
		this.exemplars = exemplars;
		this.news = news;
		this.files = files;
	}

	@GetMapping
	String home(Model model) {
		model.addAttribute("featuredNews", news.featured(4));
		model.addAttribute("newestNews", news.newest(6));
		model.addAttribute("featuredModels", initiatives.featured(6));
		model.addAttribute("modelCount", initiatives.countPublished());
		model.addAttribute("exemplarCount", exemplars.countPublic());
		model.addAttribute("byCommune", initiatives.countsByCommune(12));
		return "portal/public/home";
	}

	@GetMapping("/initiatives")
	String initiatives(@RequestParam(required = false) String q, @RequestParam(required = false) String commune,
			@RequestParam(required = false) Long type, @RequestParam(required = false) Integer page, Model model) {
		Pageable pageable = Paging.of(page, PAGE_SIZE, null);
		model.addAttribute("page", initiatives.search(q, commune, type, pageable));
		model.addAttribute("q", q);
		model.addAttribute("commune", commune);
		model.addAttribute("type", type);
		model.addAttribute("communes", initiatives.communes());
		model.addAttribute("types", initiatives.types());
		return "portal/public/initiatives";
	}

	@GetMapping("/initiatives/{id}")
	String initiative(@PathVariable long id, Model model) {
		PublicInitiative m = initiatives.find(id).orElseThrow(() -> new NotFoundException("initiative", id));
		model.addAttribute("m", m);
		model.addAttribute("related", news.aboutInitiative(id, 6));
		model.addAttribute("exemplars", exemplars.ofModel(id, 6));
		return "portal/public/initiative";
	}

	@GetMapping("/initiatives/{id}/photos/{n}")
	ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable int n) {
		PublicPhoto photo = initiatives.photo(id, n).orElseThrow(() -> new NotFoundException("photo", id));
		Path path = files.find(photo.hash()).orElseThrow(() -> new NotFoundException("photo", id));
		// Content-addressed: the same URL may show another photo only if the model changes, so cache briefly.
		return ResponseEntity.ok().contentType(photo.mediaType()).cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
			.body(new FileSystemResource(path));
	}

	@GetMapping("/exemplars")
	String exemplars(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", exemplars.list(Paging.of(page, PAGE_SIZE, null)));
		return "portal/public/exemplars";
	}

	@GetMapping("/exemplars/{id}")
	String exemplar(@PathVariable long id, Model model) {
		PublicExemplar e = exemplars.find(id).orElseThrow(() -> new NotFoundException("exemplar", id));
		model.addAttribute("e", e);
		model.addAttribute("models", initiatives.findAll(e.modelIds()));
		model.addAttribute("related", news.aboutExemplar(id, 6));
		return "portal/public/exemplar";
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, Model model) {
		boolean searched = q != null && !q.isBlank();
		model.addAttribute("q", q);
		model.addAttribute("searched", searched);
		if (searched) {
			Page<PortalArticleItem> articles = news.search(q, null, Paging.of(0, 10, null));
			model.addAttribute("articles", articles.getContent());
			model.addAttribute("moreArticles", articles.hasNext());
			model.addAttribute("models", initiatives.search(q, null, null, Paging.of(0, 10, null)));
		}
		return "portal/public/search";
	}

	/** Unknown, unpublished or not yet due: the public 404, in the public layout. */
	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "portal/public/404";
	}

}
