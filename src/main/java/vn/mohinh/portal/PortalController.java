package vn.mohinh.portal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import vn.mohinh.portal.PublishedArticles.ArticleView;
import vn.mohinh.portal.PublishedArticles.StoredCover;
import vn.mohinh.shared.files.FileStore;
import vn.mohinh.shared.files.FileType;
import vn.mohinh.shared.files.ResponsiveImages;
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
	private final PublishedArticles articles;
	private final FileStore files;
	private final ResponsiveImages images;

	PortalController(PublicInitiatives initiatives, PublicExemplars exemplars, PortalNews news, PublishedArticles articles,
			FileStore files, ResponsiveImages images) {
		this.initiatives = initiatives;
		this.exemplars = exemplars;
		this.news = news;
		this.articles = articles;
		this.files = files;
		this.images = images;
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

	@GetMapping("/articles")
	String articles(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", news.search(q, category, Paging.of(page, PAGE_SIZE, null)));
		model.addAttribute("q", q);
		model.addAttribute("category", category);
		model.addAttribute("categories", articles.categoryCodes());
		return "portal/public/articles";
	}

	@GetMapping("/articles/{slug}")
	String article(@PathVariable String slug, Model model) {
		ArticleView a = articles.bySlug(slug).orElseThrow(() -> new NotFoundException("article", slug));
		model.addAttribute("a", a);
		model.addAttribute("item", PortalNews.item(a.summary()));
		model.addAttribute("cover", articles.cover(slug).map(c -> images.sizes(c.hash(), c.fileType())).orElse(null));
		model.addAttribute("models", initiatives.findAll(a.initiativeIds()));
		model.addAttribute("exemplars", a.exemplarIds().stream().limit(PublicExemplars.MAX_PAGE)
			.map(exemplars::find).flatMap(java.util.Optional::stream).toList());
		model.addAttribute("related", news.related(a.summary().id(), 5));
		model.addAttribute("featured", news.featured(5).stream().filter(f -> f.id() != a.summary().id()).toList());
		return "portal/public/article";
	}

	/**
	 * The cover in the width asked for ({@code ?w=}). Kept a year by the visitor's browser only when
	 * the URL names its bytes ({@code ?v=}); never by shared caches, which would go on showing a cover
	 * after its article is withdrawn.
	 */
	@GetMapping("/articles/{slug}/cover")
	ResponseEntity<Resource> cover(@PathVariable String slug, @RequestParam(required = false) Integer w,
			@RequestParam(required = false) String v) throws java.io.IOException {
		StoredCover cover = articles.cover(slug).orElseThrow(() -> new NotFoundException("cover", slug));
		Path path = files.find(cover.hash()).orElseThrow(() -> new NotFoundException("cover", slug));
		FileType type = cover.fileType();
		return images.serve(cover.hash(), type, java.nio.file.Files.size(path), "cover." + type.extension(), w, v, false);
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
		// Index → srcset, width and height of each photo (none until its copies exist).
		java.util.Map<Integer, ResponsiveImages.ImageSizes> sizes = new java.util.HashMap<>();
		for (PublicPhoto p : m.photos()) {
			ResponsiveImages.ImageSizes s = images.sizes(p.hash(),
					FileType.ofMediaType(p.mediaType().toString()).orElse(FileType.JPEG));
			if (s != null) {
				sizes.put(p.index(), s);
			}
		}
		model.addAttribute("photoSizes", sizes);
		model.addAttribute("related", news.aboutInitiative(id, 6));
		model.addAttribute("exemplars", exemplars.ofModel(id, 6));
		return "portal/public/initiative";
	}

	@GetMapping("/initiatives/{id}/photos/{n}")
	ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable int n, @RequestParam(required = false) Integer w,
			@RequestParam(required = false) String v) {
		PublicPhoto photo = initiatives.photo(id, n).orElseThrow(() -> new NotFoundException("photo", id));
		files.find(photo.hash()).orElseThrow(() -> new NotFoundException("photo", id));
		FileType type = FileType.ofMediaType(photo.mediaType().toString()).orElse(FileType.JPEG);
		// As the cover: the browser keeps a versioned URL, shared caches keep nothing.
		return images.serve(photo.hash(), type, photo.size(), "photo-" + n + "." + type.extension(), w, v, false);
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
